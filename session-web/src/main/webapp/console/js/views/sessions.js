// The sessions table: every listing filter of GET /sessions, sort by column, paging, all kept in
// the URL; bulk select for export (admins) and tagging (writers).

import { api, query } from '../api.js';
import { h, errorBox, format, statusBadge, tagList, download, announce, field } from '../dom.js';
import { projectsById, projectName } from '../projects.js';

const FILTERS = ['status', 'agent', 'model', 'projectId', 'tag', 'createdFrom', 'createdTo',
  'updatedFrom', 'updatedTo', 'minCost', 'maxCost', 'parentId'];
const STATUSES = ['initializing', 'active', 'idle', 'completed', 'failed'];
const COLUMNS = [
  { label: 'Name', sort: 'name' },
  { label: 'Agent' },
  { label: 'Model' },
  { label: 'Project' },
  { label: 'Status' },
  { label: 'Tags' },
  { label: 'Messages', sort: 'messageCount', numeric: true },
  { label: 'Tokens', numeric: true },
  { label: 'Cost', sort: 'totalCostUsd', numeric: true },
  { label: 'Last activity', sort: 'lastActivityAt' },
];

/** The API query of the view's URL parameters (dates as instants). */
function listingQuery(params) {
  const selected = {};
  for (const name of FILTERS) {
    const values = params.getAll(name);
    if (values.length) {
      selected[name] = name === 'tag' ? values : values[0];
    }
  }
  for (const name of ['createdFrom', 'createdTo', 'updatedFrom', 'updatedTo']) {
    if (selected[name] && /^\d{4}-\d{2}-\d{2}$/.test(selected[name])) {
      selected[name] = `${selected[name]}T00:00:00Z`;
    }
  }
  selected.sort = params.get('sort') || 'lastActivityAt';
  selected.order = params.get('order') || 'desc';
  selected.page = params.get('page') || '1';
  selected.size = params.get('size') || '25';
  return selected;
}

export async function sessionsView(context) {
  const { params, can, navigate } = context;
  const [projects, page] = await Promise.all([
    projectsById(),
    api(`/sessions${query(listingQuery(params))}`),
  ]);
  const selected = new Set();
  const bulkStatus = h('span', { class: 'bulk-status', role: 'status' });

  const filterForm = filters(params, projects, navigate);
  const table = h(
    'table',
    { class: 'striped sessions-table', id: 'sessions-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, h('input', {
        type: 'checkbox',
        'aria-label': 'Select all on this page',
        onchange: (event) => {
          for (const box of table.querySelectorAll('tbody input[type=checkbox]')) {
            box.checked = event.target.checked;
            box.dispatchEvent(new Event('change'));
          }
        },
      })),
      COLUMNS.map((column) => header(column, params, navigate)),
    )),
    h('tbody', {}, page.items.map((session) => row(session, projects, selected))),
  );

  const bulk = h(
    'div',
    { class: 'bulk', role: 'group', 'aria-label': 'With the selected sessions' },
    can.admin
      ? h('button', {
          class: 'secondary',
          id: 'export-selected',
          onclick: () => exportSelected(selected, bulkStatus),
        }, 'Export selected')
      : null,
    can.write ? tagSelected(selected, page.items, bulkStatus, context.reload) : null,
    bulkStatus,
  );

  return h(
    'section',
    {},
    h('h1', {}, 'Sessions'),
    filterForm,
    page.items.length === 0
      ? h('p', { id: 'no-sessions' }, 'No session matches these filters.')
      : [h('div', { class: 'overflow-auto' }, table), can.write || can.admin ? bulk : null],
    pager(page, navigate),
  );
}

function header(column, params, navigate) {
  if (!column.sort) {
    return h('th', { scope: 'col', class: column.numeric ? 'numeric' : null }, column.label);
  }
  const active = (params.get('sort') || 'lastActivityAt') === column.sort;
  const order = params.get('order') || 'desc';
  const next = active && order === 'desc' ? 'asc' : 'desc';
  return h(
    'th',
    {
      scope: 'col',
      class: column.numeric ? 'numeric' : null,
      'aria-sort': active ? (order === 'asc' ? 'ascending' : 'descending') : 'none',
    },
    h('button', {
      class: 'sort outline',
      dataset: { sort: column.sort },
      onclick: () => navigate({ sort: column.sort, order: next, page: '' }),
    }, column.label, active ? (order === 'asc' ? ' ▲' : ' ▼') : ''),
  );
}

function row(session, projects, selected) {
  const tokens = (session.inputTokens || 0) + (session.outputTokens || 0);
  return h(
    'tr',
    { dataset: { id: session.id } },
    h('td', {}, h('input', {
      type: 'checkbox',
      'aria-label': `Select ${session.name || session.id}`,
      onchange: (event) => (event.target.checked ? selected.add(session.id) : selected.delete(session.id)),
    })),
    h('td', {}, h('a', { href: `#/sessions/${session.id}`, class: 'session-link' },
      session.name || session.preview || session.id)),
    h('td', {}, session.agent),
    h('td', {}, session.model || ''),
    h('td', {}, projectName(projects, session.projectId)),
    h('td', {}, statusBadge(session.status)),
    h('td', {}, tagList(session.tags)),
    h('td', { class: 'numeric' }, format.count(session.messageCount)),
    h('td', { class: 'numeric', title: `${format.count(tokens)} tokens` }, format.tokens(tokens)),
    h('td', { class: 'numeric' }, format.cost(session.totalCostUsd)),
    h('td', { title: format.time(session.lastActivityAt) }, format.relative(session.lastActivityAt)),
  );
}

function filters(params, projects, navigate) {
  const control = (name, attributes = {}) =>
    h('input', { name, id: `filter-${name}`, value: params.get(name) || '', ...attributes });
  const status = h('select', { name: 'status', id: 'filter-status' },
    h('option', { value: '' }, 'any'),
    STATUSES.map((s) => h('option', { value: s, selected: params.get('status') === s }, s)));
  const project = h('select', { name: 'projectId', id: 'filter-projectId' },
    h('option', { value: '' }, 'any'),
    [...projects.values()].map((p) =>
      h('option', { value: p.id, selected: params.get('projectId') === p.id }, p.name || p.key)));
  const tags = control('tag', { value: params.getAll('tag').join(', '), placeholder: 'a, b' });
  const form = h(
    'form',
    {
      class: 'filters',
      id: 'session-filters',
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault();
        const data = new FormData(form);
        const changes = { page: '' };
        for (const name of FILTERS) {
          if (name === 'tag') {
            changes.tag = String(data.get('tag') || '').split(',').map((t) => t.trim()).filter(Boolean);
          } else if (data.has(name)) {
            changes[name] = String(data.get(name)).trim();
          }
        }
        navigate(changes);
      },
    },
    h('div', { class: 'filter-grid' },
      field('Status', status),
      field('Agent', control('agent', { placeholder: 'claude_code' })),
      field('Model', control('model', { placeholder: 'claude-*' })),
      field('Project', project),
      field('Tags', tags),
      field('Created from', control('createdFrom', { type: 'date' })),
      field('Created before', control('createdTo', { type: 'date' })),
      field('Updated from', control('updatedFrom', { type: 'date' })),
      field('Updated before', control('updatedTo', { type: 'date' })),
      field('Min cost ($)', control('minCost', { type: 'number', step: '0.01', min: '0' })),
      field('Max cost ($)', control('maxCost', { type: 'number', step: '0.01', min: '0' })),
    ),
    h('div', { class: 'filter-actions' },
      h('button', { type: 'submit', id: 'apply-filters' }, 'Apply filters'),
      h('a', { href: '#/sessions', role: 'button', class: 'secondary outline' }, 'Clear')),
  );
  return h('details', { class: 'filter-panel', open: [...params.keys()].some((k) => FILTERS.includes(k)) },
    h('summary', {}, 'Filters'), form);
}

export function pager(page, navigate) {
  if (page.totalPages <= 1) {
    return h('p', { class: 'pager-total' }, `${format.count(page.total)} in all`);
  }
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    h('button', {
      class: 'secondary',
      id: 'previous-page',
      disabled: page.page <= 1,
      onclick: () => navigate({ page: String(page.page - 1) }),
    }, '← Previous'),
    h('span', { id: 'page-position' }, `Page ${page.page} of ${page.totalPages} · ${format.count(page.total)} in all`),
    h('button', {
      class: 'secondary',
      id: 'next-page',
      disabled: page.page >= page.totalPages,
      onclick: () => navigate({ page: String(page.page + 1) }),
    }, 'Next →'),
  );
}

async function exportSelected(selected, status) {
  if (selected.size === 0) {
    status.textContent = 'Select sessions first.';
    return;
  }
  status.textContent = 'Exporting…';
  try {
    const response = await api('/exports', { method: 'POST', body: { ids: [...selected] }, raw: true });
    download(await response.blob(), `session-vault-export-${new Date().toISOString().slice(0, 10)}.zip`);
    status.textContent = `Exported ${selected.size} session(s).`;
  } catch (error) {
    status.replaceChildren(errorBox(error));
  }
}

function tagSelected(selected, sessions, status, reload) {
  const input = h('input', { id: 'bulk-tag', placeholder: 'tag', 'aria-label': 'Tag to add', size: 12 });
  return h(
    'form',
    {
      class: 'bulk-tag',
      onsubmit: async (event) => {
        event.preventDefault();
        const tag = input.value.trim().toLowerCase();
        if (!tag || selected.size === 0) {
          status.textContent = 'Select sessions and type a tag.';
          return;
        }
        try {
          for (const session of sessions.filter((s) => selected.has(s.id))) {
            const tags = [...new Set([...(session.tags || []), tag])];
            await api(`/sessions/${session.id}`, {
              method: 'PATCH',
              body: { tags },
              headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': `"${session.version}"` },
            });
          }
          announce(`Tagged ${selected.size} session(s) with ${tag}`);
          reload();
        } catch (error) {
          status.replaceChildren(errorBox(error));
        }
      },
    },
    input,
    h('button', { type: 'submit', class: 'secondary', id: 'bulk-tag-apply' }, 'Add tag'),
  );
}
