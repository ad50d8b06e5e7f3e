package dev.sessionvault.application.transfer;

import jakarta.validation.constraints.NotNull;
import java.util.Iterator;

/**
 * Sessions brought into the caller's account from documents. Each session is imported
 * all-or-nothing in a transaction of its own: one that fails leaves nothing behind and is reported
 * with its errors, while the others still import. Secrets are redacted on the way in when the
 * server redacts on ingest.
 *
 * @throws ImportRejectedException when sessions were sent and none of them could be imported
 */
public interface ImportService {
  ImportReport importAll(@NotNull OnConflict onConflict, @NotNull Iterator<ImportItem> items);
}
