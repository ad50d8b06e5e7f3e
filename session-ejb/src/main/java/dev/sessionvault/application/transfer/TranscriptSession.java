package dev.sessionvault.application.transfer;

/**
 * A session read from an assistant's own transcript (Claude Code, Codex CLI). Unlike a document it
 * is synchronised: a session of the account with the same {@code externalId} (the assistant's
 * session id) takes only the messages it does not hold yet (matched by their externalId), so the
 * same file, or a longer version of it, can be sent again and again.
 *
 * @param parentExternalId the externalId of the session this one is a sub-agent of, or null
 * @param original the file this session was read from, kept with it; null for a sub-agent whose
 *     lines are in its parent's file
 */
public record TranscriptSession(
    ImportedSession session,
    String parentExternalId,
    TranscriptReport report,
    OriginalTranscript original)
    implements ImportItem {

  @Override
  public String source() {
    return session.source();
  }
}
