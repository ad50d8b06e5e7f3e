package dev.sessionvault.domain.retention;

/**
 * What an account stores.
 *
 * @param contentBytes the UTF-8 bytes of its sessions' messages and interactions
 * @param transcriptBytes its kept transcripts, as stored (gzip-compressed)
 * @param trashSessions sessions in its trash, which count against no quota
 * @param trashBytes what the trash takes (compressed documents and transcripts)
 */
public record StorageUsage(
    long sessions,
    long messages,
    long contentBytes,
    long transcriptBytes,
    long trashSessions,
    long trashBytes) {

  /** What counts against the quota: content and kept transcripts. */
  public long storageBytes() {
    return contentBytes + transcriptBytes;
  }
}
