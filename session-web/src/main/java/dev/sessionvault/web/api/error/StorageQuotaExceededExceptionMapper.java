package dev.sessionvault.web.api.error;

import dev.sessionvault.domain.retention.StorageQuotaExceededException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** New content at the storage quota: 507 Insufficient Storage, with the figures. */
@Provider
public class StorageQuotaExceededExceptionMapper
    implements ExceptionMapper<StorageQuotaExceededException> {
  @Override
  public Response toResponse(StorageQuotaExceededException e) {
    return Problems.response(
        507,
        "storage-quota-exceeded",
        "Storage quota reached",
        e.getMessage(),
        Map.of("storageBytes", e.storageBytes(), "quotaBytes", e.quotaBytes()),
        List.of());
  }
}
