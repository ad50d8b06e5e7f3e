// Small helpers to build the DOM: text is always set as text, never parsed as HTML.

/**
 * Creates an element: attributes by name (on* take functions, class and boolean values as
 * expected), children as nodes, strings or arrays of them (null and false are skipped).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else if (child instanceof Node) {
      element.append(child);
    } else {
      element.append(document.createTextNode(String(child)));
    }
  }
}

/** Replaces an element's content. */
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** Tells screen readers what changed. */
export function announce(text) {
  const live = document.getElementById('live');
  live.textContent = '';
  setTimeout(() => {
    live.textContent = text;
  }, 50);
}

/** An error box for a failed request, saying what the API said. */
export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, error.message || String(error));
}

const numbers = new Intl.NumberFormat('en');
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export const format = {
  count: (n) => (n === null || n === undefined ? '' : numbers.format(n)),
  tokens: (n) => (n ? compact.format(n) : '0'),
  cost: (usd) => {
    if (usd === null || usd === undefined) {
      return '';
    }
    const value = Number(usd);
    return value > 0 && value < 0.01 ? '<$0.01' : `$${value.toFixed(2)}`;
  },
  time: (iso) => (iso ? new Date(iso).toLocaleString() : ''),
  date: (iso) => (iso ? new Date(iso).toLocaleDateString() : ''),
  relative: (iso) => {
    if (!iso) {
      return '';
    }
    const seconds = (Date.now() - new Date(iso).getTime()) / 1000;
    if (seconds < 60) return 'just now';
    if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
    if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
    if (seconds < 86400 * 30) return `${Math.floor(seconds / 86400)} d ago`;
    return new Date(iso).toLocaleDateString();
  },
  duration: (from, to) => {
    if (!from || !to) {
      return '';
    }
    const minutes = Math.round((new Date(to) - new Date(from)) / 60000);
    if (minutes < 60) return `${minutes} min`;
    if (minutes < 1440) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
    return `${Math.floor(minutes / 1440)} d ${Math.floor((minutes % 1440) / 60)} h`;
  },
};

/** A status badge (its colour comes from console.css). */
export function statusBadge(status) {
  return h('span', { class: `badge status-${status}` }, status);
}

export function tagList(tags) {
  return h('span', { class: 'tags' }, (tags || []).map((tag) => h('span', { class: 'tag' }, tag)));
}

/** Starts a download of a blob under a file name. */
export function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Copies text to the clipboard and says so. */
export async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    announce(`${what} copied`);
    return true;
  } catch {
    announce(`Could not copy ${what}: select it and copy by hand`);
    return false;
  }
}

/** A labelled form field. */
export function field(label, control, hint) {
  return h('label', {}, label, control, hint ? h('small', {}, hint) : null);
}
