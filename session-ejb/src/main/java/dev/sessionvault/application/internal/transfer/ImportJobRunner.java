package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.ImportRejectedException;
import dev.sessionvault.application.transfer.ImportService;
import dev.sessionvault.application.transfer.OnConflict;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import job on the container's asynchronous executor, as its caller (the EJB container
 * carries the caller's identity to an asynchronous method): the same import as a request's, one
 * transaction per session, audited under the request that started it.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER})
public class ImportJobRunner {
  private static final Logger LOG = Logger.getLogger(ImportJobRunner.class.getName());

  @Inject ImportService imports;
  @Inject AuditContext audit;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(
      ImportJobs.Job job, OnConflict onConflict, String requestId, String clientAddress) {
    audit.arrive(requestId, clientAddress);
    job.state = "running";
    try (var source = job.source) {
      Iterator<ImportItem> items = source.items();
      Iterator<ImportItem> counted =
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return items.hasNext();
            }

            @Override
            public ImportItem next() {
              ImportItem item = items.next();
              job.sessionsRead.incrementAndGet();
              return item;
            }
          };
      job.finish("completed", imports.importAll(onConflict, counted), null);
    } catch (ImportRejectedException e) {
      job.finish("completed", e.report(), null);
    } catch (DomainException e) {
      job.finish("failed", null, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "import job " + job.id + " failed", e);
      job.finish("failed", null, "the import stopped on a server error; see the server log");
    }
  }
}
