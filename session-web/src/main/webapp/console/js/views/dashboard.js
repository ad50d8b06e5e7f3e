// The dashboard: sessions, tokens and cost over a chosen period by day, model and project
// (GET /usage), the most expensive sessions, and what the vault holds. Each chart has its figures
// in a table too, for screen readers and for copying.

import { api, query } from '../api.js';
import { h, format } from '../dom.js';
import { projectsById, projectName } from '../projects.js';

const PERIODS = [7, 30, 90, 365, 0];
const PERIOD_NAMES = { 0: 'All time' };
/** "All time" starts here: before any assistant wrote a transcript. */
const BEGINNING = '2000-01-01T00:00:00Z';
let chartLibrary = null;

/** Chart.js, loaded the first time a dashboard is shown (the other pages never need it). */
function loadCharts() {
  if (!chartLibrary) {
    chartLibrary = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = document.documentElement.dataset.chartScript;
      script.onload = () => resolve(window.Chart);
      script.onerror = () => reject(new Error('the chart library could not be loaded'));
      document.head.append(script);
    });
  }
  return chartLibrary;
}

export async function dashboardView(context) {
  const asked = context.params.get('days');
  const days = asked !== null && PERIODS.includes(Number(asked)) ? Number(asked) : 30;
  const to = new Date();
  const period = {
    from: days ? new Date(to.getTime() - days * 86400000).toISOString() : BEGINNING,
    to: to.toISOString(),
  };
  const [byDay, byModel, byProject, expensive, all, stored, projects, Chart] = await Promise.all([
    api(`/usage${query({ by: 'day', ...period })}`),
    api(`/usage${query({ by: 'model', ...period })}`),
    api(`/usage${query({ by: 'project', ...period })}`),
    api(`/sessions${query({ sort: 'totalCostUsd', order: 'desc', size: 10, updatedFrom: period.from })}`),
    api('/sessions?size=1'),
    api(`/usage${query({ by: 'model', from: BEGINNING, to: period.to })}`),
    projectsById(),
    loadCharts(),
  ]);
  const label = PERIOD_NAMES[days] || `last ${days} days`;
  const total = byDay.total;
  const choose = h('select', {
    id: 'period',
    'aria-label': 'Period',
    onchange: (event) => context.go('/dashboard', new URLSearchParams({ days: event.target.value })),
  }, PERIODS.map((d) => h('option', { value: d, selected: d === days }, PERIOD_NAMES[d] || `Last ${d} days`)));

  return h('section', { class: 'dashboard' },
    h('div', { class: 'title-row' }, h('h1', {}, 'Dashboard'), choose),
    h('div', { class: 'tiles', id: 'tiles' },
      tile('Stored', `${format.count(all.total)} sessions`, `${format.count(stored.total.messages)} messages`),
      tile(`Active, ${label}`, `${format.count(total.sessions)} sessions`, `${format.count(total.messages)} messages`),
      tile('Tokens', format.tokens(total.inputTokens + total.outputTokens),
        `${format.tokens(total.cacheReadTokens)} cache reads`),
      tile('Cost', format.cost(total.costUsd))),
    chartCard('Sessions per day', 'chart-days', Chart, 'bar',
      byDay.rows.map((row) => row.key), [{ label: 'sessions', data: byDay.rows.map((row) => row.sessions) }]),
    h('div', { class: 'grid' },
      usageCard('Per model', 'chart-models', Chart, byModel.rows, (key) => key || 'unknown'),
      usageCard('Per project', 'chart-projects', Chart, byProject.rows,
        (key) => (key ? projectName(projects, key) : 'no project'))),
    h('h2', {}, 'Most expensive sessions'),
    h('div', { class: 'overflow-auto' }, h('table', { class: 'striped', id: 'expensive' },
      h('thead', {}, h('tr', {}, ['Session', 'Model', 'Messages', 'Cost'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, expensive.items.map((session) => h('tr', {},
        h('td', {}, h('a', { href: `#/sessions/${session.id}` }, session.name || session.preview || session.id)),
        h('td', {}, session.model || ''),
        h('td', { class: 'numeric' }, format.count(session.messageCount)),
        h('td', { class: 'numeric' }, format.cost(session.totalCostUsd))))))),
    h('p', {}, h('small', {}, 'Storage in bytes and quotas per account come with retention.')));
}

function tile(label, value, detail) {
  return h('article', { class: 'tile' }, h('small', {}, label), h('strong', {}, value),
    detail ? h('small', {}, detail) : null);
}

/** Tokens and cost by model or project: cost charted, every figure in the table. */
function usageCard(title, id, Chart, rows, name) {
  const card = chartCard(`${title}: cost (USD)`, id, Chart, 'bar', rows.map((row) => name(row.key)),
    [{ label: 'USD', data: rows.map((row) => Number(row.costUsd)) }]);
  card.querySelector('details').replaceWith(h('div', { class: 'overflow-auto' }, h('table', { class: 'striped usage-table' },
    h('thead', {}, h('tr', {}, ['', 'Sessions', 'Tokens in', 'Tokens out', 'Cost'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((row) => h('tr', {},
      h('th', { scope: 'row' }, name(row.key)),
      h('td', { class: 'numeric' }, format.count(row.sessions)),
      h('td', { class: 'numeric' }, format.tokens(row.inputTokens)),
      h('td', { class: 'numeric' }, format.tokens(row.outputTokens)),
      h('td', { class: 'numeric' }, format.cost(row.costUsd))))))));
  return card;
}

function chartCard(title, id, Chart, type, labels, datasets) {
  const canvas = h('canvas', { id, role: 'img', 'aria-label': title });
  const table = h('table', { class: 'chart-data' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), datasets.map((d) => h('th', { scope: 'col' }, d.label)))),
    h('tbody', {}, labels.map((label, i) => h('tr', {}, h('th', { scope: 'row' }, label),
      datasets.map((d) => h('td', { class: 'numeric' }, format.count(d.data[i])))))));
  const card = h('article', { class: 'chart-card' }, h('h2', {}, title),
    labels.length ? h('div', { class: 'chart-box' }, canvas) : h('p', {}, 'No data in this period.'),
    h('details', {}, h('summary', {}, 'Figures'), table));
  if (labels.length) {
    requestAnimationFrame(() => new Chart(canvas, {
      type,
      data: { labels, datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: type === 'doughnut' } } },
    }));
  }
  return card;
}
