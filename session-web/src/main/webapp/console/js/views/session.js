// One session: its header (name and tags editable, lifecycle actions), the conversation page by
// page as the reader scrolls, todos, commands, sub-agents, its JSON fields and its audit trail.

import { api, query } from '../api.js';
import { h, errorBox, format, statusBadge, tagList, download, copy, announce } from '../dom.js';
import { json } from '../markdown.js';
import { projectsById, projectName } from '../projects.js';
import { conversation } from './conversation.js';

const NEXT = {
  initializing: ['active', 'failed'],
  active: ['idle', 'completed', 'failed'],
  idle: ['active', 'completed', 'failed'],
  completed: [],
  failed: [],
};
const EXPORT_FORMATS = ['markdown', 'html', 'json', 'jsonl'];

export async function sessionView(context) {
  const { id, can, params } = context;
  const [session, projects] = await Promise.all([api(`/sessions/${id}`), projectsById()]);
  const seq = Number(params.get('seq')) || null;

  return h(
    'article',
    { class: 'session-detail', id: 'session-detail', dataset: { id } },
    header(session, projects, context),
    actions(session, context),
    h('section', { 'aria-labelledby': 'conversation-title' },
      h('h2', { id: 'conversation-title' }, `Conversation · ${format.count(session.messageCount)} messages`),
      conversation(session, { startAt: seq, canFork: can.write, go: context.go })),
    later(() => todos(session)),
    later(() => subAgents(session)),
    later(() => interactions(session)),
    fields(session),
    can.audit ? later(() => auditTrail(session)) : null,
  );
}

/**
 * A section that fills in when its request answers: the page shows the header and the first
 * messages without waiting for the todos, sub-agents, commands and audit trail.
 */
function later(load) {
  const slot = h('div', { class: 'later' });
  load()
    .then((section) => slot.replaceWith(section || ''))
    .catch((error) => slot.replaceChildren(errorBox(error)));
  return slot;
}

function header(session, projects, context) {
  const { can } = context;
  const tokens = session.inputTokens + session.outputTokens;
  const facts = [
    ['Agent', session.agent],
    ['Model', session.model],
    ['Project', projectName(projects, session.projectId)],
    ['Branch', session.gitBranch],
    ['Tokens', `${format.count(tokens)} (in ${format.tokens(session.inputTokens)}, out ${format.tokens(session.outputTokens)}, cache read ${format.tokens(session.cacheReadTokens)})`],
    ['Cost', format.cost(session.totalCostUsd)],
    ['Duration', format.duration(session.createdAt, session.closedAt || session.lastActivityAt)],
    ['Created', format.time(session.createdAt)],
    ['Last activity', format.time(session.lastActivityAt)],
  ].filter(([, value]) => value);
  return h(
    'header',
    { class: 'session-header' },
    h('div', { class: 'title-row' }, h('h1', { id: 'session-name' }, title(session)), statusBadge(session.status)),
    session.parentId
      ? h('p', {}, 'Continues ', h('a', { href: `#/sessions/${session.parentId}`, id: 'parent-link' }, 'its parent session'),
          session.forkedAtSeq ? ` (forked at message ${session.forkedAtSeq})` : '')
      : null,
    session.summary ? h('p', { class: 'summary' }, session.summary) : null,
    h('dl', { class: 'facts' }, facts.map(([name, value]) => [h('dt', {}, name), h('dd', {}, value)])),
    h('div', { id: 'session-tags' }, tagList(session.tags)),
    can.write
      ? h('details', { class: 'edit-panel' }, h('summary', { id: 'edit-session' }, 'Rename or tag'),
          editableName(session, context), editableTags(session, context))
      : null,
    session.error ? h('p', { class: 'error' }, `Error: ${session.error}`) : null,
  );
}

/** The name, else the start of the first user message. */
function title(session) {
  if (session.name) {
    return session.name;
  }
  const preview = (session.preview || '').trim();
  return preview ? (preview.length > 90 ? `${preview.slice(0, 90)}…` : preview) : 'Untitled session';
}

async function patch(session, changes, context) {
  try {
    // If-Match: an edit made meanwhile by someone else is not overwritten (412 says so)
    await api(`/sessions/${session.id}`, {
      method: 'PATCH',
      body: changes,
      headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': `"${session.version}"` },
    });
    announce('Saved');
    context.reload();
  } catch (error) {
    document.getElementById('session-detail').prepend(errorBox(error));
  }
}

function editableName(session, context) {
  const input = h('input', { id: 'name-input', value: session.name || '', maxlength: 500 });
  return h('form', {
    class: 'inline-edit',
    id: 'name-form',
    onsubmit: (event) => {
      event.preventDefault();
      patch(session, { name: input.value.trim() || null }, context);
    },
  }, h('label', { for: 'name-input' }, 'Name'),
  h('fieldset', { role: 'group' }, input, h('button', { type: 'submit', class: 'secondary', id: 'save-name' }, 'Save name')));
}

function editableTags(session, context) {
  const input = h('input', { id: 'tags-input', value: (session.tags || []).join(', '), placeholder: 'security, keep' });
  return h('form', {
    class: 'inline-edit',
    id: 'tags-form',
    onsubmit: (event) => {
      event.preventDefault();
      const tags = input.value.split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean);
      patch(session, { tags }, context);
    },
  }, h('label', { for: 'tags-input' }, 'Tags, separated by commas'),
  h('fieldset', { role: 'group' }, input, h('button', { type: 'submit', class: 'secondary', id: 'save-tags' }, 'Save tags')));
}

function actions(session, context) {
  const { can } = context;
  const status = h('span', { role: 'status', class: 'action-status' });
  const lifecycle = can.write
    ? NEXT[session.status].map((target) => h('button', {
        class: target === 'failed' ? 'secondary outline' : 'secondary',
        dataset: { status: target },
        onclick: async () => {
          try {
            await api(`/sessions/${session.id}/status`, { method: 'POST', body: { status: target } });
            announce(`Status: ${target}`);
            context.reload();
          } catch (error) {
            status.replaceChildren(errorBox(error));
          }
        },
      }, `Mark ${target}`))
    : [];
  const exports = h('details', { class: 'dropdown export-menu' },
    h('summary', { role: 'button', class: 'outline' }, 'Export'),
    h('ul', {}, EXPORT_FORMATS.map((formatName) => h('li', {}, h('a', {
      href: `/api/v1/sessions/${session.id}/export${query({ format: formatName })}`,
      download: '',
      dataset: { format: formatName },
    }, formatName)))));
  const transcript = h('button', {
    class: 'outline',
    id: 'download-transcript',
    onclick: async () => {
      try {
        const response = await api(`/sessions/${session.id}/transcript`, { raw: true });
        const name = (response.headers.get('Content-Disposition') || '').match(/filename="?([^";]+)"?/);
        download(await response.blob(), name ? name[1] : `${session.externalId || session.id}.jsonl`);
      } catch (error) {
        status.replaceChildren(error.status === 404
          ? h('p', {}, 'This session was not imported from a transcript file.')
          : errorBox(error));
      }
    },
  }, 'Original transcript');
  const restore = `sv restore ${session.id}`;
  return h('div', { class: 'actions', role: 'group', 'aria-label': 'Session actions' },
    lifecycle,
    exports,
    transcript,
    h('button', { class: 'outline', id: 'copy-restore', title: restore, onclick: () => copy(restore, 'Restore command') },
      'Copy restore command'),
    status);
}

async function todos(session) {
  const list = await api(`/sessions/${session.id}/todos`);
  if (!list.items.length) {
    return null;
  }
  return h('section', { id: 'todos', 'aria-labelledby': 'todos-title' },
    h('h2', { id: 'todos-title' }, `Todos · ${list.activeCount} open`),
    h('ul', { class: 'checklist' }, list.items.map((todo) => h('li', { class: `todo todo-${todo.status}` },
      h('input', { type: 'checkbox', disabled: true, checked: todo.status === 'completed', 'aria-label': todo.status }),
      ' ', todo.status === 'in_progress' ? h('strong', {}, todo.activeForm || todo.content) : todo.content,
      h('small', {}, ` ${todo.status.replace('_', ' ')}`)))));
}

async function subAgents(session) {
  const page = await api(`/sessions${query({ parentId: session.id, size: 100, sort: 'createdAt', order: 'asc' })}`);
  if (!page.items.length) {
    return null;
  }
  return h('section', { id: 'sub-agents', 'aria-labelledby': 'sub-agents-title' },
    h('h2', { id: 'sub-agents-title' }, 'Sub-agents and forks'),
    h('ul', {}, page.items.map((child) => h('li', {},
      h('a', { href: `#/sessions/${child.id}` }, child.name || child.preview || child.id), ' ',
      statusBadge(child.status), ` ${format.count(child.messageCount)} messages`))));
}

async function interactions(session) {
  if (!session.interactionCount) {
    return null;
  }
  const page = await api(`/sessions/${session.id}/interactions?limit=200`);
  return h('section', { id: 'interactions', 'aria-labelledby': 'interactions-title' },
    h('h2', { id: 'interactions-title' }, `Commands · ${format.count(session.interactionCount)}`),
    page.items.map((interaction) => h('details', { class: 'interaction' },
      h('summary', {}, h('code', {}, `$ ${interaction.command}`),
        interaction.exitCode === null || interaction.exitCode === undefined ? '' : ` → exit ${interaction.exitCode}`),
      h('pre', {}, interaction.result || ''))),
    page.hasMore ? h('p', {}, 'The first 200 are shown; the export has them all.') : null);
}

function fields(session) {
  const entries = [['Metadata', session.metadata], ['Config', session.config],
    ['LLM config', session.llmConfig], ['State', session.state]];
  return h('section', { id: 'fields', 'aria-labelledby': 'fields-title' },
    h('h2', { id: 'fields-title' }, 'Details'),
    entries.map(([name, value]) => h('details', {}, h('summary', {}, name), json(value))),
    h('p', {}, h('small', {}, `id ${session.id}`, session.externalId ? ` · external id ${session.externalId}` : '')));
}

async function auditTrail(session) {
  let page;
  try {
    page = await api(`/audit${query({ target: session.id, size: 50 })}`);
  } catch (error) {
    return h('section', { id: 'session-audit' }, h('h2', {}, 'Audit trail'), errorBox(error));
  }
  return h('section', { id: 'session-audit', 'aria-labelledby': 'session-audit-title' },
    h('h2', { id: 'session-audit-title' }, 'Audit trail'),
    h('div', { class: 'overflow-auto' }, h('table', { class: 'striped' },
      h('thead', {}, h('tr', {}, ['Time', 'Who', 'Action', 'Outcome'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, page.items.map((record) => h('tr', {},
        h('td', {}, format.time(record.occurredAt)),
        h('td', {}, actorText(record)),
        h('td', {}, record.action),
        h('td', {}, record.outcome)))))));
}

export function actorText(record) {
  if (!record.actorKind || record.actorKind === 'anonymous') {
    return record.actorKind || '';
  }
  const id = record.actorId ? ` ${record.actorId.slice(0, 8)}` : '';
  return `${record.actorKind}${id}${record.actorRole ? ` (${record.actorRole})` : ''}`;
}
