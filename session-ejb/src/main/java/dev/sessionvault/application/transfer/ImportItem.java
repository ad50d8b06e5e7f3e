package dev.sessionvault.application.transfer;

/**
 * One session of an import request, as its reader got it: readable (an {@link ImportedSession}) or
 * not (an {@link UnreadableSession}, reported with the place of its problems).
 */
public sealed interface ImportItem
    permits ImportedSession, TranscriptSession, UnchangedTranscript, UnreadableSession {
  /** Where the session is in what was sent: a JSON pointer, a line number, a ZIP entry. */
  String source();
}
