package dev.sessionvault.application.transfer;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Imports of large bodies, run in the background so that the request is answered at once. A job is
 * kept by the server that runs it until that server stops, and for a day after it ended; only its
 * account sees it.
 */
public interface ImportJobService {
  /** Queues the import of the source (which the job closes when done). */
  ImportJobView start(@NotNull OnConflict onConflict, @NotNull ImportSource source);

  ImportJobView get(@NotNull UUID jobId);
}
