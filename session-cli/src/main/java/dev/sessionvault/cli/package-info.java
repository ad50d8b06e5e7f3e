/**
 * {@code sv}, Session Vault's command-line client: sign in once, synchronise Claude Code and Codex
 * transcripts, list, show, search, export, import and restore sessions, and see usage. It talks to
 * the public API only.
 */
package dev.sessionvault.cli;
