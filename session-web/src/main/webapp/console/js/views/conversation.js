// The conversation of a session, one page of messages at a time: the next page loads when the
// reader nears the end, so a session of 10,000 messages opens as fast as one of ten.

import { api, query } from '../api.js';
import { h, format, errorBox } from '../dom.js';
import { markdown, json } from '../markdown.js';

const PAGE = 100;

export function conversation(session, { startAt, canFork, go }) {
  const list = h('ol', { class: 'messages', id: 'messages' });
  const sentinel = h('div', { class: 'sentinel', 'aria-hidden': 'true' });
  const status = h('p', { role: 'status', class: 'loading-status' });
  // a link to message N starts a little before it; the messages before can be loaded too
  let afterSeq = startAt ? Math.max(0, startAt - 3) : 0;
  let loading = false;
  let done = session.messageCount === 0;
  const earlier = afterSeq > 0
    ? h('button', { class: 'outline', id: 'load-earlier', onclick: () => go(`/sessions/${session.id}`) },
        'Show from the first message')
    : null;

  async function loadMore() {
    if (loading || done) {
      return;
    }
    loading = true;
    status.textContent = 'Loading messages…';
    try {
      const page = await api(`/sessions/${session.id}/messages${query({ afterSeq, limit: PAGE })}`);
      list.append(...page.items.map((message) => messageItem(message, session, canFork, go)));
      afterSeq = page.nextAfterSeq;
      done = !page.hasMore;
      status.textContent = done ? '' : `${list.children.length} shown`;
      if (startAt) {
        const target = list.querySelector(`[data-seq="${startAt}"]`);
        if (target) {
          target.classList.add('target');
          target.scrollIntoView({ block: 'center' });
          startAt = null;
        }
      }
    } catch (error) {
      status.replaceChildren(errorBox(error));
      done = true;
    } finally {
      loading = false;
    }
    if (left()) {
      observer.disconnect(); // the reader left the page: load nothing more
    } else if (sentinel.isConnected && !done && sentinel.getBoundingClientRect().top < window.innerHeight + 800) {
      loadMore();
    }
  }

  /** Whether the view was on the page and is not any more (it starts off the page). */
  let shown = false;
  function left() {
    shown = shown || sentinel.isConnected;
    return shown && !sentinel.isConnected;
  }

  const observer = new IntersectionObserver((entries) => {
    if (left()) {
      observer.disconnect();
    } else if (entries.some((entry) => entry.isIntersecting)) {
      loadMore();
    }
  }, { rootMargin: '800px' });
  observer.observe(sentinel);
  loadMore();
  return h('div', { class: 'conversation' }, earlier, list, sentinel, status);
}

function messageItem(message, session, canFork, go) {
  const meta = [
    message.model,
    tokenCount(message) ? `${format.tokens(tokenCount(message))} tokens` : null,
    message.costUsd ? format.cost(message.costUsd) : null,
    format.time(message.timestamp || message.createdAt),
  ].filter(Boolean).join(' · ');
  return h(
    'li',
    { class: `message role-${message.role}`, id: `message-${message.seq}`, dataset: { seq: message.seq } },
    h('header', {},
      h('a', { href: `#/sessions/${session.id}?seq=${message.seq}`, class: 'seq', 'aria-label': `Link to message ${message.seq}` }, `#${message.seq}`),
      h('strong', { class: 'role' }, message.role),
      message.toolName ? h('code', { class: 'tool-name' }, message.toolName) : null,
      h('small', {}, meta),
      canFork ? h('button', {
        class: 'fork outline',
        title: 'A new session that continues from this message',
        onclick: () => fork(session, message.seq, go),
      }, 'Fork here') : null),
    body(message),
  );
}

function tokenCount(message) {
  return message.tokens ? (message.tokens.input || 0) + (message.tokens.output || 0) : 0;
}

function body(message) {
  if (!message.blocks || message.blocks.length === 0) {
    return message.role === 'tool'
      ? folded(`Tool result${message.toolName ? `: ${message.toolName}` : ''}`, plain(message.content), 'tool-result')
      : markdown(message.content);
  }
  return h('div', { class: 'blocks' }, message.blocks.map(block));
}

function block(part) {
  switch (part.type) {
    case 'text':
      return markdown(part.text);
    case 'thinking':
      return folded('Thinking', markdown(part.thinking), 'thinking');
    case 'tool_use':
      return folded(`Tool call: ${part.name}${hint(part.input)}`, json(part.input), 'tool-call');
    case 'tool_result':
      return folded(part.is_error ? 'Tool error' : 'Tool result', plain(resultText(part.content)),
        part.is_error ? 'tool-result tool-error' : 'tool-result');
    case 'image':
    case 'document': {
      // kept as its media type and size only (the data stays out of the vault)
      const source = part.source || {};
      const type = source.media_type && source.media_type !== 'unknown' ? `: ${source.media_type}` : '';
      const size = source.bytes ? `, ${format.count(source.bytes)} bytes` : '';
      return h('p', { class: 'attachment' }, `[${part.type}${type}${size}]`);
    }
    default:
      return folded(`Block: ${part.type}`, json(part), 'other-block');
  }
}

/** What a tool call is about at a glance: its command, file, pattern, address or description. */
function hint(input) {
  if (!input || typeof input !== 'object') {
    return '';
  }
  const value = ['command', 'file_path', 'path', 'pattern', 'url', 'description', 'query']
    .map((name) => input[name])
    .find((candidate) => typeof candidate === 'string' && candidate.trim());
  if (!value) {
    return '';
  }
  const line = value.trim().split('\n')[0];
  return ` · ${line.length > 80 ? `${line.slice(0, 80)}…` : line}`;
}

function resultText(content) {
  if (typeof content === 'string') {
    return content;
  }
  if (Array.isArray(content)) {
    return content.map((item) => (item && item.type === 'text' ? item.text : JSON.stringify(item))).join('\n');
  }
  return content === undefined || content === null ? '' : JSON.stringify(content);
}

function plain(text) {
  return h('pre', { class: 'plain' }, text || '');
}

function folded(title, content, kind) {
  return h('details', { class: `folded ${kind}` }, h('summary', {}, title), content);
}

async function fork(session, seq, go) {
  if (!window.confirm(`Start a new session that continues "${session.name || 'this session'}" from message ${seq}?`)) {
    return;
  }
  try {
    const forked = await api(`/sessions/${session.id}/fork${query({ atSeq: seq })}`, { method: 'POST' });
    go(`/sessions/${forked.id}`);
  } catch (error) {
    window.alert(error.message);
  }
}
