// Sign-in with a username and password (and, for people in several accounts, the account), or
// with an API key.

import { signIn } from '../api.js';
import { h, errorBox, field } from '../dom.js';

export function signInView({ message, onSignedIn }) {
  const status = h('div', { id: 'sign-in-status' }, message ? h('p', { role: 'status' }, message) : null);
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', {
    id: 'password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const account = h('input', { id: 'account', name: 'account', autocomplete: 'organization' });
  const key = h('input', { id: 'api-key', name: 'key', type: 'password', autocomplete: 'off', required: true });

  async function submit(event, credentials) {
    event.preventDefault();
    const button = event.target.querySelector('button');
    button.setAttribute('aria-busy', 'true');
    try {
      onSignedIn(await signIn(credentials()));
    } catch (error) {
      status.replaceChildren(errorBox(error));
    } finally {
      button.removeAttribute('aria-busy');
    }
  }

  return h(
    'article',
    { class: 'sign-in' },
    h('h1', {}, 'Sign in to Session Vault'),
    status,
    h(
      'form',
      {
        id: 'password-form',
        onsubmit: (event) =>
          submit(event, () => ({
            username: username.value,
            password: password.value,
            account: account.value.trim(),
          })),
      },
      field('Username', username),
      field('Password', password),
      field('Account (optional)', account, 'Only if you belong to several accounts: its name or id'),
      h('button', { type: 'submit', id: 'sign-in' }, 'Sign in'),
    ),
    h(
      'details',
      {},
      h('summary', {}, 'Sign in with an API key instead'),
      h(
        'form',
        { id: 'key-form', onsubmit: (event) => submit(event, () => ({ key: key.value })) },
        field('API key', key),
        h('button', { type: 'submit', id: 'sign-in-key' }, 'Sign in with the key'),
      ),
    ),
  );
}
