// Import: files dropped or chosen (canonical JSON, JSON lines, backup ZIPs, Claude Code
// transcripts, Codex rollouts), each sent to POST /imports with a progress bar for the upload and,
// for large files the server imports in the background, for the job; then the report per session.

import { api, upload } from '../api.js';
import { h, errorBox, format, announce } from '../dom.js';

const POLL_MS = 500;

function contentType(file) {
  if (/\.zip$/i.test(file.name)) return 'application/zip';
  if (/\.jsonl$/i.test(file.name)) return 'application/x-ndjson';
  return 'application/json';
}

export async function importView() {
  const results = h('div', { id: 'import-results' });
  const input = h('input', {
    type: 'file',
    id: 'import-files',
    multiple: true,
    accept: '.json,.jsonl,.zip',
    onchange: () => importAll([...input.files], results),
  });
  const zone = h('div', {
    class: 'drop-zone',
    id: 'drop-zone',
    tabindex: '0',
    role: 'button',
    'aria-label': 'Drop files here, or press Enter to choose them',
    onclick: () => input.click(),
    onkeydown: (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        input.click();
      }
    },
    ondragover: (event) => {
      event.preventDefault();
      zone.classList.add('over');
    },
    ondragleave: () => zone.classList.remove('over'),
    ondrop: (event) => {
      event.preventDefault();
      zone.classList.remove('over');
      importAll([...event.dataTransfer.files], results);
    },
  }, h('strong', {}, 'Drop files here'), h('span', {}, ' or click to choose them'),
  h('small', {}, 'Canonical JSON or JSON lines, backup ZIPs, Claude Code transcripts (~/.claude/projects/…/*.jsonl), Codex rollouts (~/.codex/sessions/…/rollout-*.jsonl)'));
  return h('section', {}, h('h1', {}, 'Import'),
    h('p', {}, 'A session imports whole or not at all; a transcript sent again adds only what is new.'),
    zone, h('label', { class: 'visually-hidden', for: 'import-files' }, 'Files to import'), input, results);
}

async function importAll(files, results) {
  for (const file of files) {
    await importOne(file, results);
  }
}

async function importOne(file, results) {
  const bar = h('progress', { value: '0', max: '100', 'aria-label': `Progress of ${file.name}` });
  const state = h('span', { role: 'status' }, 'Uploading…');
  const item = h('article', { class: 'import-item', dataset: { file: file.name } },
    h('header', {}, h('strong', {}, file.name), ` · ${format.count(file.size)} bytes `, state), bar);
  results.prepend(item);
  try {
    const answer = await upload('/imports', file, contentType(file), (fraction) => {
      bar.value = Math.round(fraction * 100);
    });
    bar.value = 100;
    let report = answer.body;
    if (answer.status === 202) {
      report = await follow(answer.body, bar, state);
    }
    state.textContent = summary(report);
    item.append(reportTable(report));
    announce(`${file.name}: ${summary(report)}`);
  } catch (error) {
    state.textContent = 'Failed';
    item.append(errorBox(error));
    if (error.problem && error.problem.sessions) {
      item.append(reportTable(error.problem));
    }
  }
}

/** Polls a background job, its progress in the bar, until it ends; answers its report. */
async function follow(job, bar, state) {
  let current = job;
  while (current.state === 'queued' || current.state === 'running') {
    state.textContent = `Importing in the background: ${format.count(current.sessionsRead)} sessions read`;
    if (current.bytesTotal > 0) {
      bar.value = Math.round((current.bytesRead / current.bytesTotal) * 100);
    } else {
      bar.removeAttribute('value');
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    current = await api(`/imports/${job.id}`);
  }
  bar.value = 100;
  if (current.state === 'failed') {
    throw new Error(current.error || 'the import failed');
  }
  return current.report;
}

function summary(report) {
  const parts = [`${report.imported} imported`];
  if (report.updated) parts.push(`${report.updated} updated`);
  if (report.unchanged) parts.push(`${report.unchanged} unchanged`);
  if (report.skipped) parts.push(`${report.skipped} skipped`);
  parts.push(`${report.failed} failed`);
  return parts.join(', ');
}

function reportTable(report) {
  return h('div', { class: 'overflow-auto' }, h('table', { class: 'striped import-report' },
    h('thead', {}, h('tr', {}, ['Session', 'Outcome', 'Messages', 'Notes'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, (report.sessions || []).map((result) => h('tr', { dataset: { outcome: result.outcome } },
      h('td', {}, result.id
        ? h('a', { href: `#/sessions/${result.id}`, class: 'imported-session' }, result.source || result.id)
        : result.source || result.originalId || ''),
      h('td', {}, result.outcome),
      h('td', { class: 'numeric' }, format.count(result.messages)),
      h('td', {}, [
        ...(result.warnings || []),
        ...(result.errors || []).map((error) => `${error.field}: ${error.message}`),
      ].join('; ')))))));
}
