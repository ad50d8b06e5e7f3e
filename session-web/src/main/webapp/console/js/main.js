// The console: signs in, then shows one view per route (#/sessions, #/search, ...). The route
// and its query are the URL's fragment, so every view can be bookmarked and shared.

import { api, useCsrfToken, whenSignedOut } from './api.js';
import { h, show, errorBox, announce } from './dom.js';
import { signInView } from './views/signin.js';
import { sessionsView } from './views/sessions.js';
import { sessionView } from './views/session.js';
import { searchView } from './views/search.js';
import { importView } from './views/importer.js';
import { dashboardView } from './views/dashboard.js';
import { keysView, peopleView } from './views/admin.js';
import { auditView } from './views/audit.js';
import { retentionView, trashView, operationsView } from './views/retention.js';
import { permissions } from './permissions.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
let current = null;
/** Counts route changes, so that only the latest one's view is shown. */
let navigations = 0;

const ROUTES = [
  { pattern: /^\/sessions\/([0-9a-f-]{36})$/, view: sessionView, needs: 'read' },
  { pattern: /^\/sessions$/, view: sessionsView, needs: 'read', nav: 'Sessions', href: '/sessions' },
  { pattern: /^\/search$/, view: searchView, needs: 'read', nav: 'Search', href: '/search' },
  { pattern: /^\/dashboard$/, view: dashboardView, needs: 'read', nav: 'Dashboard', href: '/dashboard' },
  { pattern: /^\/import$/, view: importView, needs: 'write', nav: 'Import', href: '/import' },
  { pattern: /^\/admin\/keys$/, view: keysView, needs: 'manage', nav: 'API keys', href: '/admin/keys' },
  { pattern: /^\/admin\/people$/, view: peopleView, needs: 'manage', nav: 'People', href: '/admin/people' },
  { pattern: /^\/admin\/audit$/, view: auditView, needs: 'audit', nav: 'Audit', href: '/admin/audit' },
  { pattern: /^\/retention$/, view: retentionView, needs: 'read', nav: 'Retention', href: '/retention' },
  { pattern: /^\/trash$/, view: trashView, needs: 'admin', nav: 'Trash', href: '/trash' },
  { pattern: /^\/operations$/, view: operationsView, needs: 'operate', nav: 'Operations', href: '/operations' },
];

/** The route and its parameters from the URL's fragment: #/path?name=value. */
function location() {
  const fragment = window.location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = fragment.split('?');
  return { path, params: new URLSearchParams(search) };
}

/** Goes to a route (a new history entry, so Back works). */
function go(path, params) {
  const search = params && params.toString() ? `?${params}` : '';
  window.location.hash = `#${path}${search}`;
}

/**
 * Goes to the current route with some parameters changed: each value replaces the parameter's
 * values (an array repeats it; empty, null or undefined removes it).
 */
function navigate(changes) {
  const { path, params } = location();
  for (const [name, value] of Object.entries(changes)) {
    params.delete(name);
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== '' && one !== null && one !== undefined) {
        params.append(name, one);
      }
    }
  }
  go(path, params);
}

function renderNav() {
  const allowed = ROUTES.filter((route) => route.nav && current.can[route.needs]);
  const { path } = location();
  const caller = current.caller;
  const accounts = caller.accounts || [];
  show(
    nav,
    allowed.map((route) =>
      h(
        'li',
        {},
        h(
          'a',
          { href: `#${route.href}`, 'aria-current': path === route.href ? 'page' : false },
          route.nav,
        ),
      ),
    ),
    accounts.length > 1 && caller.accountId
      ? h('li', {}, accountSwitcher(caller, accounts))
      : null,
    h(
      'li',
      {},
      h(
        'details',
        { class: 'dropdown' },
        h('summary', { id: 'user-menu' }, caller.name),
        h(
          'ul',
          { dir: 'rtl' },
          h('li', {}, h('span', { class: 'who' }, describeCaller(caller))),
          h('li', {}, h('a', { href: '#', id: 'sign-out', onclick: signOut }, 'Sign out')),
        ),
      ),
    ),
  );
  nav.hidden = false;
}

/** Changing the account is a deliberate step: choose, then press Switch (WCAG 3.2.2). */
function accountSwitcher(caller, accounts) {
  const select = h('select', { 'aria-label': 'Account', id: 'account-switcher' },
    accounts.map((account) => h('option', { value: account.id, selected: account.id === caller.accountId },
      `${account.displayName || account.name} (${account.role})`)));
  return h('form', {
    class: 'account-switch',
    onsubmit: (event) => {
      event.preventDefault();
      if (select.value !== caller.accountId) {
        switchAccount(select.value);
      }
    },
  }, h('div', { role: 'group' }, select, h('button', { type: 'submit', class: 'secondary', id: 'switch-account' }, 'Switch')));
}

/** A person in several accounts who named none at sign-in picks one. */
function chooseAccount(caller) {
  return h('article', { class: 'sign-in', id: 'choose-account' },
    h('h1', {}, 'Choose an account'),
    h('p', {}, 'You belong to several accounts. Which one do you want to work in?'),
    h('ul', {}, caller.accounts.map((account) => h('li', {},
      h('button', { class: 'secondary', dataset: { account: account.id }, onclick: () => switchAccount(account.id) },
        `${account.displayName || account.name} (${account.role})`)))));
}

function describeCaller(caller) {
  const where = caller.accountName ? ` in ${caller.accountName}` : '';
  const what = caller.role || (caller.operator ? 'operator' : 'no role');
  return `${caller.kind === 'key' ? 'API key' : 'Signed in'} · ${what}${where}`;
}

async function switchAccount(accountId) {
  try {
    const session = await api('/console/account', { method: 'POST', body: { accountId } });
    start(session);
    go('/sessions');
  } catch (error) {
    if (current) {
      show(main, errorBox(error));
    }
  }
}

async function signOut(event) {
  event.preventDefault();
  try {
    await api('/console/sign-out', { method: 'POST' });
    signedOut('You are signed out.');
  } catch (error) {
    // ended already (401), or the server could not be reached: the cookie may still be live
    signedOut(error.status === 401 ? 'You are signed out.' : `Signing out failed: ${error.message}`);
  }
}

function signedOut(message) {
  current = null;
  useCsrfToken(null);
  nav.hidden = true;
  show(nav);
  show(main, signInView({ message, onSignedIn: (session) => start(session, true) }));
}

function start(session, fresh = false) {
  useCsrfToken(session.csrfToken);
  current = { caller: session.caller, can: permissions(session.caller), session };
  renderNav();
  if (fresh) {
    announce(`Signed in as ${session.caller.name}`);
  }
  route();
}

async function route() {
  if (!current) {
    return;
  }
  const { path, params } = location();
  if (!path.startsWith('/')) {
    return; // not a route (an in-page fragment): the current view stays
  }
  if (!current.caller.accountId && current.caller.accounts.length) {
    renderNav();
    show(main, chooseAccount(current.caller));
    return;
  }
  if (path === '/' || path === '') {
    go(current.can.read ? '/sessions' : current.can.audit ? '/admin/audit' : '/admin/keys');
    return;
  }
  renderNav();
  const found = ROUTES.find((candidate) => candidate.pattern.test(path));
  if (!found) {
    show(main, h('h1', {}, 'Not found'), h('p', {}, 'This page does not exist.'));
    return;
  }
  if (!current.can[found.needs]) {
    show(main, h('h1', {}, 'Not allowed'), h('p', {}, 'Your role does not allow this page.'));
    return;
  }
  const match = path.match(found.pattern);
  const context = { ...current, params, id: match[1], go, navigate, reload: route };
  const navigation = ++navigations;
  show(main, h('p', { 'aria-busy': 'true' }, 'Loading…'));
  try {
    const view = await found.view(context);
    // a later navigation (a second click, an account switch) owns the page now
    if (navigation === navigations && current) {
      show(main, view);
      main.focus({ preventScroll: true });
    }
  } catch (error) {
    if (navigation === navigations && current) {
      show(main, errorBox(error));
    }
  }
}

whenSignedOut(() => {
  if (current) {
    signedOut('Your sign-in has ended: please sign in again.');
  }
});

window.addEventListener('hashchange', route);

// "Skip to content" moves the focus; it is no route
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

api('/console/session')
  .then((session) => start(session))
  .catch(() => signedOut());
