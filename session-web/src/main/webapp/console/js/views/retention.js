// Retention and storage: the account's usage against its quota, its policy with a preview of what
// a policy would delete before anything is deleted, the trash with restore, and for operators a
// small operations page (health and the main metrics).

import { api } from '../api.js';
import { h, errorBox, format, field, announce, statusBadge } from '../dom.js';

const REASONS = { max_age: 'too old', max_sessions: 'beyond the newest', quota: 'over the quota', deleted: 'deleted' };

export function bytes(n) {
  if (n === null || n === undefined) {
    return '';
  }
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = Number(n);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** The account's storage against its quota, with the warning said plainly. */
function usageCard(usage) {
  const level = usage.level;
  const said = {
    ok: null,
    warning: 'Storage is above 80 % of the quota: retention or a higher quota will be needed soon.',
    full: 'Storage has reached the quota: new sessions and messages are refused (507) until room is made.',
  }[level];
  return h('article', { id: 'usage', class: `usage usage-${level}` },
    h('h2', {}, 'Storage'),
    said ? h('p', { role: 'alert', class: 'error' }, said) : null,
    h('dl', {},
      h('dt', {}, 'Stored'), h('dd', { id: 'usage-storage' }, bytes(usage.storageBytes),
        usage.quotaBytes === null ? ' (no quota)' : ` of ${bytes(usage.quotaBytes)} (${usage.percentUsed} %)`),
      usage.quotaBytes === null ? null : h('dd', {},
        h('progress', { value: Math.min(usage.storageBytes, usage.quotaBytes), max: usage.quotaBytes || 1,
          'aria-label': 'Storage used of the quota' })),
      h('dt', {}, 'Sessions'), h('dd', {}, format.count(usage.sessions)),
      h('dt', {}, 'Messages'), h('dd', {}, format.count(usage.messages)),
      h('dt', {}, 'Content, transcripts'), h('dd', {}, `${bytes(usage.contentBytes)}, ${bytes(usage.transcriptBytes)}`),
      h('dt', {}, 'In the trash'), h('dd', {}, `${format.count(usage.trashSessions)} sessions, ${bytes(usage.trashBytes)}`)));
}

function numberInput(id, value, min) {
  return h('input', { id, name: id, type: 'number', min, value: value ?? '' });
}

function optionalNumber(input) {
  return input.value.trim() === '' ? null : Number(input.value);
}

/** What a preview or a run lists: each session, why it goes, and the totals. */
function outcomeTable(outcome) {
  if (!outcome.sessions.length) {
    return h('p', { id: 'retention-outcome' }, outcome.applied ? 'Nothing was deleted.' : 'Nothing would be deleted now.');
  }
  return h('div', { id: 'retention-outcome' },
    h('p', {}, `${outcome.applied ? 'Moved to the trash' : 'Would delete'}: ${format.count(outcome.totalSessions)} sessions, `
      + `${format.count(outcome.totalMessages)} messages, ${bytes(outcome.totalStorageBytes)}.`),
    h('div', { class: 'overflow-auto' }, h('table', { class: 'striped' },
      h('thead', {}, h('tr', {}, ['Session', 'Status', 'Last used', 'Age', 'Messages', 'Size', 'Why']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, outcome.sessions.map((s) => h('tr', { dataset: { id: s.sessionId } },
        h('td', {}, outcome.applied ? s.name || s.sessionId : h('a', { href: `#/sessions/${s.sessionId}` }, s.name || s.sessionId)),
        h('td', {}, statusBadge(s.status)),
        h('td', {}, format.date(s.lastUsedAt)),
        h('td', {}, `${s.ageDays} d`),
        h('td', {}, format.count(s.messages)),
        h('td', {}, bytes(s.storageBytes)),
        h('td', {}, REASONS[s.reason] || s.reason)))))));
}

export async function retentionView(context) {
  const account = context.caller.accountId;
  const [policy, usage] = await Promise.all([api('/retention'), api(`/accounts/${account}/usage`)]);
  const admin = context.can.admin;
  const maxAge = numberInput('max-age-days', policy.maxAgeDays, 1);
  const maxSessions = numberInput('max-sessions', policy.maxSessions, 0);
  const quota = numberInput('quota-bytes', policy.quotaBytes, 0);
  const idle = numberInput('idle-timeout', policy.idleTimeoutMinutes, 1);
  const exempt = h('input', { id: 'exempt-tags', name: 'exemptTags', value: policy.exemptTags.join(', ') });
  const result = h('div', { id: 'retention-result', role: 'status' });
  let version = policy.version;

  const draft = () => ({
    maxAgeDays: optionalNumber(maxAge),
    maxSessions: optionalNumber(maxSessions),
    quotaBytes: optionalNumber(quota),
    idleTimeoutMinutes: optionalNumber(idle),
    exemptTags: exempt.value.split(',').map((t) => t.trim()).filter(Boolean),
    projects: policy.projects,
  });
  const act = (work) => async (event) => {
    event.preventDefault();
    try {
      await work();
    } catch (error) {
      result.replaceChildren(errorBox(error));
    }
  };
  const preview = act(async () => {
    result.replaceChildren(outcomeTable(await api('/retention/preview', { method: 'POST', body: draft() })));
    announce('Preview ready: nothing was deleted');
  });
  const save = act(async () => {
    const saved = await api('/retention', { method: 'PUT', body: draft(), headers: { 'If-Match': `"${version}"` } });
    version = saved.version;
    result.replaceChildren(h('p', {}, 'Policy saved. It applies every night, or now with "Run now".'));
    announce('Policy saved');
  });
  const run = act(async () => {
    if (!window.confirm('Apply the saved policy now? What it deletes goes to the trash, where it can be restored.')) {
      return;
    }
    result.replaceChildren(outcomeTable(await api('/retention/run', { method: 'POST' })));
    announce('Retention applied');
  });

  const disabled = !admin;
  const form = h('form', { id: 'retention-form', onsubmit: preview },
    h('fieldset', { disabled },
      h('legend', {}, 'Policy'),
      h('div', { class: 'filter-grid' },
        field('Maximum age (days)', maxAge, 'Since the last activity, or the close; empty: no limit'),
        field('Maximum sessions', maxSessions, 'The newest stay; empty: no limit'),
        field('Quota (bytes)', quota, 'Also the hard limit: new content is refused at 100 %'),
        field('Idle after (minutes)', idle, 'Active sessions with no message this long become idle'),
        field('Exempt tags', exempt, 'Sessions with one of these tags are never deleted')),
      policy.projects.length ? h('p', {}, `${policy.projects.length} projects have limits of their own (kept as they are).`) : null,
      h('div', { class: 'grid' },
        h('button', { type: 'submit', id: 'retention-preview', class: 'secondary' }, 'Preview'),
        h('button', { type: 'button', id: 'retention-save', onclick: save }, 'Save'),
        h('button', { type: 'button', id: 'retention-run', class: 'contrast', onclick: run }, 'Run now'))));

  return h('section', {}, h('h1', {}, 'Retention'),
    usageCard(usage),
    h('p', {}, `Deleted sessions wait ${policy.trashDays} days in the `, h('a', { href: '#/trash' }, 'trash'), ' before they are purged.'),
    form,
    result);
}

export async function trashView() {
  const list = h('div', { id: 'trash' });
  const status = h('div', { role: 'status', id: 'trash-status' });
  const refresh = async () => {
    const page = await api('/trash?size=200');
    if (!page.items.length) {
      list.replaceChildren(h('p', {}, 'The trash is empty.'));
      return;
    }
    list.replaceChildren(h('div', { class: 'overflow-auto' }, h('table', { class: 'striped', id: 'trash-table' },
      h('thead', {}, h('tr', {}, ['Session', 'Why', 'Deleted', 'Purged', 'Messages', 'Size', '']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, page.items.map((entry) => h('tr', { dataset: { id: entry.id, session: entry.sessionId } },
        h('td', {}, entry.name || entry.sessionId),
        h('td', {}, REASONS[entry.reason] || entry.reason),
        h('td', {}, format.relative(entry.trashedAt)),
        h('td', {}, format.date(entry.purgeAfter)),
        h('td', {}, format.count(entry.messages)),
        h('td', {}, bytes(entry.contentBytes)),
        h('td', {}, h('div', { role: 'group' },
          h('button', { class: 'restore', onclick: () => restore(entry) }, 'Restore'),
          h('button', { class: 'secondary outline purge', onclick: () => purge(entry) }, 'Purge')))))))));
  };
  const restore = async (entry) => {
    try {
      const session = await api(`/trash/${entry.id}/restore`, { method: 'POST' });
      status.replaceChildren(h('p', {}, 'Restored: ', h('a', { href: `#/sessions/${session.id}` }, session.name || session.id)));
      announce('Session restored');
      await refresh();
    } catch (error) {
      status.replaceChildren(errorBox(error));
    }
  };
  const purge = async (entry) => {
    if (!window.confirm(`Purge "${entry.name || entry.sessionId}" for good? It cannot be restored afterwards.`)) {
      return;
    }
    try {
      await api(`/trash/${entry.id}`, { method: 'DELETE' });
      announce('Purged');
      await refresh();
    } catch (error) {
      status.replaceChildren(errorBox(error));
    }
  };
  await refresh();
  return h('section', {}, h('h1', {}, 'Trash'), status, list);
}

/** The sessionvault_* samples of the Prometheus text, summed per metric name. */
function samples(text) {
  const figures = new Map();
  for (const line of text.split('\n')) {
    const match = /^(sessionvault_[a-z_]+)(\{[^}]*\})? ([0-9.eE+-]+)$/.exec(line);
    if (match) {
      figures.set(match[1], (figures.get(match[1]) || 0) + Number(match[3]));
    }
  }
  return figures;
}

async function health(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  return response.json();
}

export async function operationsView(context) {
  const [ready, live, metrics, accounts] = await Promise.all([
    health('/health/ready'),
    health('/health/live'),
    fetch('/metrics', { headers: { Accept: 'text/plain' } }).then((r) => r.text()),
    context.caller.operator ? api('/accounts?size=200') : Promise.resolve(null),
  ]);
  const figures = samples(metrics);
  const checks = [...ready.checks, ...live.checks];
  const shown = [
    ['Sessions stored', 'sessionvault_sessions_stored', format.count],
    ['Messages stored', 'sessionvault_messages_stored', format.count],
    ['Messages ingested since the start', 'sessionvault_messages_ingested_total', format.count],
    ['Searches since the start', 'sessionvault_search_seconds_count', format.count],
    ['Index documents', 'sessionvault_index_documents', format.count],
    ['Sessions in the trash', 'sessionvault_trash_sessions', format.count],
    ['Failed sign-ins since the start', 'sessionvault_login_failures_total', format.count],
  ];
  return h('section', {}, h('h1', {}, 'Operations'),
    h('h2', {}, `Health: ${ready.status === 'UP' && live.status === 'UP' ? 'ready' : 'not ready'}`),
    h('table', { class: 'striped', id: 'health-checks' },
      h('thead', {}, h('tr', {}, ['Check', 'State', 'Why'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, checks.map((check) => h('tr', {},
        h('td', {}, check.name), h('td', {}, check.status),
        h('td', {}, check.data && check.data.reason ? check.data.reason : ''))))),
    h('h2', {}, 'Metrics'),
    h('table', { class: 'striped', id: 'metrics' }, h('tbody', {}, shown.map(([label, name, show]) =>
      h('tr', {}, h('th', { scope: 'row' }, label), h('td', { dataset: { metric: name } }, show(figures.get(name) ?? 0)))))),
    h('p', {}, 'Every metric, request rates and latencies per endpoint included, is at ', h('a', { href: '/metrics' }, '/metrics'), ' (Prometheus).'),
    accounts ? accountsTable(accounts) : null);
}

/** Every account with what it stores (operators). */
function accountsTable(accounts) {
  const rows = accounts.items.map((a) => h('tr', {},
    h('td', {}, a.displayName),
    h('td', {}, format.count(a.usage.sessions)),
    h('td', {}, bytes(a.usage.storageBytes)),
    h('td', {}, a.usage.quotaBytes === null ? 'none' : bytes(a.usage.quotaBytes)),
    h('td', {}, a.usage.level)));
  const head = h('thead', {}, h('tr', {}, ['Account', 'Sessions', 'Stored', 'Quota', 'Level']
    .map((t) => h('th', { scope: 'col' }, t))));
  return h('div', {}, h('h2', {}, 'Accounts'),
    h('div', { class: 'overflow-auto' }, h('table', { class: 'striped', id: 'accounts-usage' }, head, h('tbody', {}, rows))));
}
