/**
 * Assistants' own transcripts read as sessions: Claude Code's JSONL files and Codex CLI's rollouts.
 * A transcript is read twice from its spooled copy: once to learn what spans lines (one response's
 * usage over several lines, titles, todos, sub-agents, queued input), then line by line in
 * conversation order, so the file never sits in memory whole.
 */
package dev.sessionvault.web.api.transfer.transcript;
