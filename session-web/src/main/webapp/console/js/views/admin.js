// Administration of the account: API keys (created with the key shown once, revoked) and people
// with their roles.

import { api } from '../api.js';
import { h, errorBox, format, copy, announce, field } from '../dom.js';
import { projectsById, projectName } from '../projects.js';

const ROLES = ['admin', 'member', 'viewer', 'auditor'];

function roleSelect(id, selected) {
  return h('select', { id, name: 'role', required: true },
    ROLES.map((role) => h('option', { value: role, selected: role === selected }, role)));
}

export async function keysView(context) {
  const account = context.caller.accountId;
  const [keys, projects] = await Promise.all([api(`/accounts/${account}/api-keys`), projectsById()]);
  const status = h('div', { role: 'status', id: 'key-status' });
  const name = h('input', { id: 'key-name', name: 'name', required: true, maxlength: 200 });
  const role = roleSelect('key-role', 'member');
  const project = h('select', { id: 'key-project', name: 'projectId' }, h('option', { value: '' }, 'every project'),
    [...projects.values()].map((p) => h('option', { value: p.id }, p.name || p.key)));
  const expires = h('input', { id: 'key-expires', name: 'expiresAt', type: 'date' });

  const create = h('form', {
    id: 'create-key',
    onsubmit: async (event) => {
      event.preventDefault();
      try {
        const created = await api(`/accounts/${account}/api-keys`, {
          method: 'POST',
          body: {
            name: name.value.trim(),
            role: role.value,
            projectId: project.value || null,
            expiresAt: expires.value ? `${expires.value}T00:00:00Z` : null,
          },
        });
        status.replaceChildren(shownOnce(created));
        announce('Key created: copy it now, it is shown only once');
        refreshTable(table, await api(`/accounts/${account}/api-keys`), account, projects, status);
        create.reset();
      } catch (error) {
        status.replaceChildren(errorBox(error));
      }
    },
  }, h('div', { class: 'filter-grid' },
    field('Name', name, 'Where it is used, e.g. "CI" or "Ada\'s laptop"'),
    field('Role', role),
    field('Project', project),
    field('Expires (optional)', expires)),
  h('button', { type: 'submit', id: 'create-key-button' }, 'Create key'));

  const table = h('table', { class: 'striped', id: 'keys-table' });
  refreshTable(table, keys, account, projects, status);
  return h('section', {}, h('h1', {}, 'API keys'),
    h('details', { open: true }, h('summary', {}, 'New key'), create),
    status, h('div', { class: 'overflow-auto' }, table));
}

function shownOnce(created) {
  const value = h('input', { id: 'new-key', readonly: true, value: created.key, 'aria-label': 'The new key' });
  return h('article', { class: 'key-once' },
    h('p', {}, h('strong', {}, 'Copy this key now: '), 'it is shown only this once.'),
    h('fieldset', { role: 'group' }, value,
      h('button', { type: 'button', id: 'copy-key', onclick: () => copy(created.key, 'Key') }, 'Copy')));
}

function refreshTable(table, keys, account, projects, status) {
  table.replaceChildren(
    h('thead', {}, h('tr', {}, ['Name', 'Prefix', 'Role', 'Project', 'Created', 'Last used', 'Expires', 'State', '']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, keys.map((key) => h('tr', { dataset: { id: key.id } },
      h('td', {}, key.name),
      h('td', {}, h('code', {}, key.prefix)),
      h('td', {}, key.role),
      h('td', {}, key.projectId ? projectName(projects, key.projectId) : 'all'),
      h('td', {}, format.date(key.createdAt)),
      h('td', {}, key.lastUsedAt ? format.relative(key.lastUsedAt) : 'never'),
      h('td', {}, key.expiresAt ? format.date(key.expiresAt) : ''),
      h('td', {}, key.active ? 'active' : key.revokedAt ? 'revoked' : 'expired'),
      h('td', {}, key.active ? h('button', {
        class: 'secondary outline revoke',
        onclick: async () => {
          if (!window.confirm(`Revoke "${key.name}"? Anything using it stops working at once.`)) {
            return;
          }
          try {
            await api(`/accounts/${account}/api-keys/${key.id}`, { method: 'DELETE' });
            announce(`Revoked ${key.name}`);
            refreshTable(table, await api(`/accounts/${account}/api-keys`), account, projects, status);
          } catch (error) {
            status.replaceChildren(errorBox(error));
          }
        },
      }, 'Revoke') : null)))));
}

export async function peopleView(context) {
  const account = context.caller.accountId;
  const status = h('div', { role: 'status', id: 'people-status' });
  const table = h('table', { class: 'striped', id: 'people-table' });
  const reload = async () => fillPeople(table, await api(`/accounts/${account}/members`), account, status, reload);
  await reload();
  const username = h('input', { id: 'member-username', name: 'username', required: true, autocomplete: 'off' });
  const password = h('input', { id: 'member-password', name: 'password', type: 'password', minlength: 12, autocomplete: 'new-password' });
  const role = roleSelect('member-role', 'member');
  const add = h('form', {
    id: 'add-member',
    onsubmit: async (event) => {
      event.preventDefault();
      try {
        await api(`/accounts/${account}/members`, {
          method: 'POST',
          body: { username: username.value.trim(), password: password.value || null, role: role.value },
        });
        announce(`Added ${username.value}`);
        add.reset();
        await reload();
      } catch (error) {
        status.replaceChildren(errorBox(error));
      }
    },
  }, h('div', { class: 'filter-grid' },
    field('Username', username),
    field('First password', password, '12 characters or more; leave empty for a person who exists already (operators)'),
    field('Role', role)),
  h('button', { type: 'submit', id: 'add-member-button' }, 'Add person'));
  return h('section', {}, h('h1', {}, 'People'),
    h('details', {}, h('summary', {}, 'Add a person'), add),
    status, h('div', { class: 'overflow-auto' }, table));
}

function fillPeople(table, members, account, status, reload) {
  table.replaceChildren(
    h('thead', {}, h('tr', {}, ['Username', 'Role', 'Joined', 'Last sign-in', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, members.map((member) => {
      const select = roleSelect(`role-${member.userId}`, member.role);
      select.setAttribute('aria-label', `Role of ${member.username}`);
      // a role changes on the button, never while arrowing through the options (WCAG 3.2.2)
      const change = h('form', {
        class: 'role-change',
        onsubmit: async (event) => {
          event.preventDefault();
          try {
            await api(`/accounts/${account}/members/${member.userId}`, { method: 'PATCH', body: { role: select.value } });
            announce(`${member.username} is now ${select.value}`);
            await reload();
          } catch (error) {
            status.replaceChildren(errorBox(error));
            select.value = member.role;
          }
        },
      }, h('div', { role: 'group' }, select,
        h('button', { type: 'submit', class: 'secondary', 'aria-label': `Change the role of ${member.username}` }, 'Change')));
      return h('tr', { dataset: { id: member.userId } },
        h('td', {}, member.username),
        h('td', {}, change),
        h('td', {}, format.date(member.joinedAt)),
        h('td', {}, member.lastSignInAt ? format.relative(member.lastSignInAt) : 'never'),
        h('td', {}, h('button', {
          class: 'secondary outline',
          onclick: async () => {
            if (!window.confirm(`Remove ${member.username} from this account?`)) {
              return;
            }
            try {
              await api(`/accounts/${account}/members/${member.userId}`, { method: 'DELETE' });
              await reload();
            } catch (error) {
              status.replaceChildren(errorBox(error));
            }
          },
        }, 'Remove')));
    })));
}
