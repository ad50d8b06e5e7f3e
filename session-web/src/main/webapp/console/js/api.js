// Every call of the console goes through the public API (/api/v1), with the sign-in cookie and,
// for changes, the CSRF token the sign-in answered.

const BASE = '/api/v1';
let csrfToken = null;
let onSignedOut = () => {};

/** A problem document the API answered (status, title, detail, errors). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(describe(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

function describe(status, problem) {
  const parts = [problem.detail || problem.title || `HTTP ${status}`];
  for (const error of problem.errors || []) {
    parts.push(`${error.field}: ${error.message}`);
  }
  return parts.join(' — ');
}

export function useCsrfToken(token) {
  csrfToken = token;
}

export function whenSignedOut(callback) {
  onSignedOut = callback;
}

function headersFor(method, extra) {
  const headers = { 'X-Requested-With': 'session-vault-console', ...extra };
  if (!['GET', 'HEAD'].includes(method) && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  return headers;
}

async function failure(response) {
  let problem;
  try {
    problem = await response.json();
  } catch {
    problem = { title: response.statusText };
  }
  return new ApiError(response.status, problem);
}

/**
 * Calls the API: a JSON body for objects and arrays, the value as it is for files and text.
 * Answers the parsed JSON (null for 204), or the Response itself with {raw: true}.
 */
export async function api(path, { method = 'GET', body, headers = {}, raw = false } = {}) {
  const extra = { ...headers };
  let payload = body;
  if (body !== undefined && body !== null && !(body instanceof Blob) && typeof body !== 'string') {
    payload = JSON.stringify(body);
    extra['Content-Type'] = extra['Content-Type'] || 'application/json';
  }
  const response = await fetch(BASE + path, {
    method,
    headers: headersFor(method, extra),
    body: payload,
    credentials: 'same-origin',
  });
  if (response.status === 401 && !path.startsWith('/console/sign-in')) {
    onSignedOut();
  }
  if (!response.ok) {
    throw await failure(response);
  }
  if (raw) {
    return response;
  }
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** A query string from an object: arrays repeat the parameter, empty values are left out. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') {
        search.append(name, one);
      }
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Base64 of UTF-8 text, for a Basic Authorization header. */
function base64(text) {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}

/** Signs in with a username and password (and an account), or with an API key. */
export async function signIn({ username, password, account, key }) {
  const headers = key
    ? { Authorization: `Bearer ${key.trim()}` }
    : { Authorization: `Basic ${base64(`${username}:${password}`)}` };
  if (!key && account) {
    headers['Session-Vault-Account'] = account;
  }
  const session = await api('/console/sign-in', { method: 'POST', headers });
  useCsrfToken(session.csrfToken);
  return session;
}

/**
 * Sends a file with upload progress (fetch has none): resolves with {status, body, headers}.
 */
export function upload(path, file, contentType, onProgress) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', BASE + path);
    const headers = headersFor('POST', { 'Content-Type': contentType });
    for (const [name, value] of Object.entries(headers)) {
      request.setRequestHeader(name, value);
    }
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress(event.loaded / event.total);
      }
    };
    request.onload = () => {
      let body = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = { title: request.statusText };
      }
      if (request.status >= 400) {
        reject(new ApiError(request.status, body));
      } else {
        resolve({ status: request.status, body, location: request.getResponseHeader('Location') });
      }
    };
    request.onerror = () => reject(new ApiError(0, { title: 'the server could not be reached' }));
    request.send(file);
  });
}
