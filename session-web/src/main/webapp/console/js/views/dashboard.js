// The dashboard: sessions, tokens and cost over a chosen period by day, model and project
// (GET /usage), the most expensive sessions, and what the vault holds. Each chart has its figures
// in a table too, for screen readers and for copying.

import { api, query } from '../api.js';
import { h, format } from '../dom.js';
import { projectsById, projectName } from '../projects.js';

const PERIODS = [7, 30, 90, 365];
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
  const days = PERIODS.includes(Number(context.params.get('days'))) ? Number(context.params.get('days')) : 30;
  const to = new Date();
  const from = new Date(to.getTime() - days * 86400000);
  const period = { from: from.toISOString(), to: to.toISOString() };
  const [byDay, byModel, byProject, expensive, all, projects, Chart] = await Promise.all([
    api(`/usage${query({ by: 'day', ...period })}`),
    api(`/usage${query({ by: 'model', ...period })}`),
    api(`/usage${query({ by: 'project', ...period })}`),
    api(`/sessions${query({ sort: 'totalCostUsd', order: 'desc', size: 10, updatedFrom: period.from })}`),
    api('/sessions?size=1'),
    projectsById(),
    loadCharts(),
  ]);
  const total = byDay.total;
  const choose = h('select', {
    id: 'period',
    'aria-label': 'Period',
    onchange: (event) => context.go('/dashboard', new URLSearchParams({ days: event.target.value })),
  }, PERIODS.map((d) => h('option', { value: d, selected: d === days }, `Last ${d} days`)));

  return h('section', { class: 'dashboard' },
    h('div', { class: 'title-row' }, h('h1', {}, 'Dashboard'), choose),
    h('div', { class: 'tiles', id: 'tiles' },
      tile('Sessions in the vault', format.count(all.total)),
      tile(`Sessions active, last ${days} days`, format.count(total.sessions)),
      tile('Messages', format.count(total.messages)),
      tile('Tokens', format.tokens(total.inputTokens + total.outputTokens)),
      tile('Cost', format.cost(total.costUsd))),
    chartCard('Sessions per day', 'chart-days', Chart, 'bar',
      byDay.rows.map((row) => row.key), [{ label: 'sessions', data: byDay.rows.map((row) => row.sessions) }]),
    h('div', { class: 'grid' },
      chartCard('Cost per model (USD)', 'chart-models', Chart, 'doughnut',
        byModel.rows.map((row) => row.key || 'unknown'), [{ label: 'USD', data: byModel.rows.map((row) => Number(row.costUsd)) }]),
      chartCard('Tokens per project', 'chart-projects', Chart, 'bar',
        byProject.rows.map((row) => (row.key ? projectName(projects, row.key) : 'no project')),
        [{ label: 'tokens', data: byProject.rows.map((row) => row.inputTokens + row.outputTokens) }])),
    h('h2', {}, 'Most expensive sessions'),
    h('div', { class: 'overflow-auto' }, h('table', { class: 'striped', id: 'expensive' },
      h('thead', {}, h('tr', {}, ['Session', 'Model', 'Messages', 'Cost'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, expensive.items.map((session) => h('tr', {},
        h('td', {}, h('a', { href: `#/sessions/${session.id}` }, session.name || session.preview || session.id)),
        h('td', {}, session.model || ''),
        h('td', { class: 'numeric' }, format.count(session.messageCount)),
        h('td', { class: 'numeric' }, format.cost(session.totalCostUsd))))))),
    h('p', {}, h('small', {}, 'Storage per account (bytes of content) and quotas come with retention.')));
}

function tile(label, value) {
  return h('article', { class: 'tile' }, h('small', {}, label), h('strong', {}, value));
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
