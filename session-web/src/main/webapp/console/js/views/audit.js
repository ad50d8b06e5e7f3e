// The audit log: filters, paging, export as CSV or JSON Lines, and the hash chain's verification
// with its result said plainly.

import { api, query } from '../api.js';
import { h, errorBox, format, field } from '../dom.js';
import { json } from '../markdown.js';
import { actorText } from './session.js';
import { pager } from './sessions.js';

const FILTERS = ['actor', 'action', 'targetType', 'target', 'outcome', 'requestId', 'from', 'to'];

function auditQuery(params) {
  const selected = {};
  for (const name of FILTERS) {
    let value = params.get(name);
    if (value && (name === 'from' || name === 'to') && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      value = `${value}T00:00:00Z`;
    }
    selected[name] = value;
  }
  return selected;
}

export async function auditView(context) {
  const { params, navigate } = context;
  const filters = auditQuery(params);
  const page = await api(`/audit${query({ ...filters, page: params.get('page') || 1, size: 50 })}`);
  const inputs = Object.fromEntries(FILTERS.map((name) => [name, h('input', {
    id: `audit-${name}`,
    name,
    value: params.get(name) || '',
    type: name === 'from' || name === 'to' ? 'date' : 'text',
  })]));
  const form = h('form', {
    id: 'audit-filters',
    onsubmit: (event) => {
      event.preventDefault();
      navigate({ ...Object.fromEntries(FILTERS.map((name) => [name, inputs[name].value.trim()])), page: '' });
    },
  }, h('div', { class: 'filter-grid' },
    field('Actor id', inputs.actor), field('Action', inputs.action, 'e.g. session.delete'),
    field('Target type', inputs.targetType), field('Target id', inputs.target),
    field('Outcome', inputs.outcome, 'success, failed or denied'), field('Request id', inputs.requestId),
    field('From', inputs.from), field('Before', inputs.to)),
  h('button', { type: 'submit' }, 'Apply filters'));

  const verification = h('div', { id: 'verification', role: 'status' });
  const verify = h('button', {
    id: 'verify-chain',
    class: 'secondary',
    onclick: async () => {
      verification.replaceChildren(h('p', { 'aria-busy': 'true' }, 'Checking every record…'));
      try {
        const result = await api('/audit/verify');
        verification.replaceChildren(result.intact
          ? h('p', { class: 'ok' }, `✔ The audit trail is intact: ${format.count(result.recordsChecked)} records checked, none edited, removed or inserted.`)
          : h('p', { class: 'error' }, `✘ The audit trail is broken at record ${result.brokenAtSeq}: ${result.problem}`));
      } catch (error) {
        verification.replaceChildren(errorBox(error));
      }
    },
  }, 'Verify the chain');
  const exportQuery = query(filters);
  const exportLink = (formatName) => h('a', {
    href: `/api/v1/audit/export${exportQuery}${exportQuery ? '&' : '?'}format=${formatName}`,
    download: `audit.${formatName}`,
    role: 'button',
    class: 'outline',
    id: `export-audit-${formatName}`,
  }, `Export ${formatName.toUpperCase()}`);

  return h('section', {}, h('h1', {}, 'Audit log'),
    h('details', { open: FILTERS.some((name) => params.has(name)) }, h('summary', {}, 'Filters'), form),
    h('div', { class: 'actions' }, verify, exportLink('csv'), exportLink('jsonl')),
    verification,
    h('div', { class: 'overflow-auto' }, h('table', { class: 'striped', id: 'audit-table' },
      h('thead', {}, h('tr', {}, ['Time', 'Who', 'Action', 'Target', 'Outcome', 'Client', 'Detail']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, page.items.map((record) => h('tr', { dataset: { action: record.action } },
        h('td', {}, format.time(record.occurredAt)),
        h('td', {}, actorText(record)),
        h('td', {}, h('code', {}, record.action)),
        h('td', {}, record.targetType ? `${record.targetType} ${record.targetId ? record.targetId.slice(0, 8) : ''}` : ''),
        h('td', {}, record.outcome),
        h('td', {}, record.clientAddress || ''),
        h('td', {}, record.detail && Object.keys(record.detail).length
          ? h('details', {}, h('summary', {}, 'detail'), json(record.detail)) : '')))))),
    pager(page, navigate));
}
