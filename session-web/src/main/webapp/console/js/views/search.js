// Search: the query language with its help at hand, highlighted hits by message or by session,
// facets that narrow the results on click, and the keyboard (/ to search, j/k or arrows through
// the hits, Enter to open one).

import { api, query } from '../api.js';
import { h, errorBox, format, statusBadge } from '../dom.js';
import { highlight } from '../markdown.js';
import { projectsById, projectName } from '../projects.js';
import { pager } from './sessions.js';

const FILTERS = ['agent', 'model', 'status', 'projectId', 'tag', 'role', 'from', 'to'];
const FACET_FILTER = { agent: 'agent', model: 'model', status: 'status', role: 'role', tag: 'tag', project: 'projectId' };
const FACET_TITLES = { agent: 'Agent', model: 'Model', status: 'Status', role: 'Role', tag: 'Tag', project: 'Project', day: 'Day' };

const HELP = [
  ['flaky login', 'all the words'],
  ['"login test"', 'the exact phrase'],
  ['login -flaky', 'without a word'],
  ['auth*', 'words starting with auth'],
  ['flaky OR intermittent', 'either word'],
  ['role:assistant', 'by role: user, assistant, system, tool'],
  ['tool:Bash', 'calls and results of a tool'],
  ['tag:security  model:claude-*', 'sessions with a tag, of a model'],
  ['agent:codex  status:completed', 'sessions of an agent, in a status'],
];

function searchQuery(params, groupBy) {
  const selected = { q: params.get('q') || '' };
  for (const name of FILTERS) {
    const values = params.getAll(name);
    if (values.length) {
      selected[name] = name === 'tag' ? values : values[0];
    }
  }
  selected.sort = params.get('sort') || '';
  selected.page = params.get('page') || '1';
  if (groupBy === 'session') {
    selected.groupBy = 'session';
  } else {
    selected.facets = 'all';
  }
  return selected;
}

export async function searchView(context) {
  const { params, navigate } = context;
  const groupBy = params.get('groupBy') === 'session' ? 'session' : 'message';
  const asked = params.has('q') || FILTERS.some((name) => params.has(name));

  const box = h('input', {
    type: 'search',
    id: 'search-box',
    name: 'q',
    value: params.get('q') || '',
    placeholder: 'Search every message, tool call, todo and command',
    'aria-label': 'Search',
    autocomplete: 'off',
  });
  const form = h(
    'form',
    {
      id: 'search-form',
      onsubmit: (event) => {
        event.preventDefault();
        navigate({ q: box.value, page: '' });
      },
    },
    h('div', { role: 'search', class: 'search-form-row' }, box, h('button', { type: 'submit', id: 'search-button' }, 'Search')),
    h('div', { class: 'search-options' },
      h('label', {}, h('input', {
        type: 'checkbox',
        role: 'switch',
        id: 'group-by-session',
        checked: groupBy === 'session',
        onchange: (event) => navigate({ groupBy: event.target.checked ? 'session' : '', page: '' }),
      }), 'Group by session'),
      h('select', {
        'aria-label': 'Sort',
        id: 'search-sort',
        onchange: (event) => navigate({ sort: event.target.value, page: '' }),
      }, ['relevance', 'newest', 'oldest'].map((sort) =>
        h('option', { value: sort === 'relevance' ? '' : sort, selected: (params.get('sort') || '') === (sort === 'relevance' ? '' : sort) }, sort)))),
    h('details', { class: 'query-help' }, h('summary', {}, 'Query language'),
      h('table', {}, h('tbody', {}, HELP.map(([write, finds]) => h('tr', {}, h('td', {}, h('code', {}, write)), h('td', {}, finds)))))),
  );

  const section = h('section', { class: 'search' }, h('h1', {}, 'Search'), form, chips(params, navigate));
  if (!asked) {
    section.append(h('p', {}, 'Type words to find, or press / from anywhere on this page.'));
    bindKeys(section, box);
    return section;
  }

  let result;
  let facets;
  const projects = await projectsById();
  try {
    if (groupBy === 'session') {
      [result, facets] = await Promise.all([
        api(`/search${query(searchQuery(params, 'session'))}`),
        api(`/search${query({ ...searchQuery(params, 'message'), size: 1, page: 1 })}`).then((r) => r.facets),
      ]);
    } else {
      result = await api(`/search${query(searchQuery(params, 'message'))}`);
      facets = result.facets;
    }
  } catch (error) {
    section.append(errorBox(error));
    return section;
  }

  const total = groupBy === 'session'
    ? `${format.count(result.total)} sessions, ${format.count(result.totalHits)} hits`
    : `${format.count(result.total)} hits`;
  const hits = groupBy === 'session'
    ? result.sessions.map((match) => sessionMatch(match, projects))
    : result.hits.map((hit) => hitItem(hit, projects));
  section.append(
    h('div', { class: 'search-layout' },
      facetPanel(facets || {}, projects, navigate),
      h('div', { class: 'results' },
        h('p', { id: 'search-total', role: 'status' }, total),
        hits.length ? h('ol', { class: 'hits', id: 'hits' }, hits) : h('p', {}, 'Nothing found.'),
        pager(result, navigate))),
  );
  bindKeys(section, box);
  return section;
}

function hitLink(hit) {
  return hit.seq !== null && hit.seq !== undefined
    ? `#/sessions/${hit.sessionId}?seq=${hit.seq}`
    : `#/sessions/${hit.sessionId}`;
}

function sessionTitle(name, id) {
  return name || `Untitled session ${id.slice(0, 8)}`;
}

function hitItem(hit, projects) {
  return h('li', { class: 'hit' },
    h('a', { href: hitLink(hit), class: 'hit-link' }, sessionTitle(hit.sessionName, hit.sessionId)),
    h('span', { class: 'hit-meta' },
      [hit.kind === 'message' ? hit.role : hit.kind, hit.agent, hit.model, projectName(projects, hit.projectId),
        format.time(hit.timestamp)].filter(Boolean).join(' · '), ' ', statusBadge(hit.status)),
    h('div', { class: 'highlights' }, (hit.highlights || []).map((fragment) => highlight(fragment))));
}

function sessionMatch(match, projects) {
  return h('li', { class: 'hit session-match' },
    h('a', { href: `#/sessions/${match.sessionId}`, class: 'hit-link' }, sessionTitle(match.sessionName, match.sessionId)),
    h('span', { class: 'hit-meta' },
      `${match.matchCount} hit(s) · ${[match.agent, match.model, projectName(projects, match.projectId)].filter(Boolean).join(' · ')} `,
      statusBadge(match.status)),
    h('ul', {}, match.hits.map((hit) => h('li', {},
      h('a', { href: hitLink(hit) }, hit.kind === 'message' ? `#${hit.seq} ${hit.role}` : hit.kind),
      ' ', (hit.highlights || []).map((fragment) => highlight(fragment))))));
}

function facetPanel(facets, projects, navigate) {
  const groups = Object.entries(facets).filter(([, values]) => values.length);
  return h('aside', { class: 'facets', id: 'facets', 'aria-label': 'Narrow the results' },
    groups.map(([name, values]) => h('section', { dataset: { facet: name } },
      h('h2', {}, FACET_TITLES[name] || name),
      name === 'day' ? dayHistogram(values, navigate) : h('ul', {}, values.slice(0, 12).map((value) =>
        h('li', {}, h('button', {
          class: 'facet outline',
          dataset: { value: value.value },
          onclick: () => navigate({ [FACET_FILTER[name]]: value.value, page: '' }),
        }, name === 'project' ? projectName(projects, value.value) : value.value,
        h('span', { class: 'count' }, format.count(value.count)))))))));
}

function dayHistogram(values, navigate) {
  const max = Math.max(...values.map((v) => v.count), 1);
  return h('div', { class: 'histogram', role: 'list' }, values.slice(-60).map((value) => {
    const item = h('div', { role: 'listitem', class: 'bar-item' }, dayBar(value, navigate));
    // CSSOM, not a style attribute: the Content-Security-Policy allows no inline style
    item.style.height = `${Math.max(4, Math.round((value.count / max) * 100))}%`;
    return item;
  }));
}

function dayBar(value, navigate) {
  const day = value.value.slice(0, 10);
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return h('button', {
    class: 'bar',
    title: `${day}: ${value.count}`,
    'aria-label': `${day}: ${value.count} hits`,
    onclick: () => navigate({ from: `${day}T00:00:00Z`, to: next.toISOString().replace('.000', ''), page: '' }),
  });
}

function chips(params, navigate) {
  const active = FILTERS.filter((name) => params.has(name));
  if (!active.length) {
    return null;
  }
  return h('p', { class: 'chips', id: 'active-filters' }, 'Narrowed to: ', active.map((name) =>
    h('button', {
      class: 'chip secondary',
      'aria-label': `Remove ${name} ${params.get(name)}`,
      onclick: () => navigate({ [name]: '', page: '' }),
    }, `${name}: ${params.get(name)} ✕`)));
}

/** "/" focuses the box; j/k or the arrows move through the hits; Enter follows the link. */
function bindKeys(section, box) {
  const handler = (event) => {
    if (!document.body.contains(section)) {
      document.removeEventListener('keydown', handler);
      return;
    }
    const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement?.tagName);
    if (event.key === '/' && !typing) {
      event.preventDefault();
      box.focus();
      return;
    }
    if (typing && document.activeElement !== box) {
      return;
    }
    const down = event.key === 'j' || event.key === 'ArrowDown';
    const up = event.key === 'k' || event.key === 'ArrowUp';
    if ((!down && !up) || (typing && (event.key === 'j' || event.key === 'k'))) {
      return;
    }
    const links = [...section.querySelectorAll('.hit-link')];
    if (!links.length) {
      return;
    }
    event.preventDefault();
    const at = links.indexOf(document.activeElement);
    const next = down ? Math.min(at + 1, links.length - 1) : Math.max(at - 1, 0);
    links[next].focus();
    links[next].closest('.hit').scrollIntoView({ block: 'nearest' });
  };
  document.addEventListener('keydown', handler);
}
