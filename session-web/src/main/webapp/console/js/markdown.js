// Session content is untrusted: Markdown is rendered by marked, its HTML sanitised by DOMPurify
// (no script, no event handler, no javascript: link survives), code blocks coloured by highlight.js.

/** Above this many characters a text is shown as it is, not parsed: it stays fast. */
const MARKDOWN_LIMIT = 200000;

const SANITIZE = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe'],
  FORBID_ATTR: ['style'],
  // ids and names in a message are prefixed (user-content-…): none can stand in for the page's own
  SANITIZE_NAMED_PROPS: true,
};

let hooked = false;

function purifier() {
  if (!hooked) {
    // links open elsewhere and tell the other site nothing
    window.DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer nofollow');
      }
    });
    hooked = true;
  }
  return window.DOMPurify;
}

/** A message's text as a sanitised, highlighted Markdown element. */
export function markdown(text) {
  const container = document.createElement('div');
  container.className = 'markdown';
  const source = text ?? '';
  if (source.length > MARKDOWN_LIMIT) {
    const pre = document.createElement('pre');
    pre.textContent = source;
    container.append(pre);
    return container;
  }
  const html = window.marked.parse(source, { gfm: true, async: false });
  container.innerHTML = purifier().sanitize(html, SANITIZE);
  for (const block of container.querySelectorAll('pre code')) {
    window.hljs.highlightElement(block);
  }
  return container;
}

/** A search highlight: escaped text with <mark> only (sanitised again all the same). */
export function highlight(fragment) {
  const span = document.createElement('span');
  span.className = 'fragment';
  span.innerHTML = purifier().sanitize(fragment, { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [] });
  return span;
}

/** Pretty JSON with colours, as text (never parsed as HTML). */
export function json(value) {
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.className = 'language-json';
  code.textContent = JSON.stringify(value ?? null, null, 2);
  pre.append(code);
  window.hljs.highlightElement(code);
  return pre;
}
