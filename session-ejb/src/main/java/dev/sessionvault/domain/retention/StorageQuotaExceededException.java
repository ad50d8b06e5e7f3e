package dev.sessionvault.domain.retention;

import dev.sessionvault.domain.shared.DomainException;

/** New content refused: the account stores as much as its quota allows. Reads keep working. */
public class StorageQuotaExceededException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final long storageBytes;
  private final long quotaBytes;

  public StorageQuotaExceededException(long storageBytes, long quotaBytes) {
    super(
        "the account stores "
            + storageBytes
            + " bytes and its quota is "
            + quotaBytes
            + ": delete sessions (they go to the trash, which counts against no quota), run"
            + " retention, or ask an admin to raise quotaBytes (PUT /api/v1/retention)");
    this.storageBytes = storageBytes;
    this.quotaBytes = quotaBytes;
  }

  public long storageBytes() {
    return storageBytes;
  }

  public long quotaBytes() {
    return quotaBytes;
  }
}
