package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.transfer.ImportJobService;
import dev.sessionvault.application.transfer.ImportJobView;
import dev.sessionvault.application.transfer.ImportSource;
import dev.sessionvault.application.transfer.OnConflict;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.shared.AccessDeniedException;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER})
public class DefaultImportJobService implements ImportJobService {
  @Inject CallerContext caller;
  @Inject ImportJobs jobs;
  @Inject ImportJobRunner runner;
  @Inject AuditContext audit;
  @Resource SessionContext context;

  @Override
  public ImportJobView start(OnConflict onConflict, ImportSource source) {
    if (onConflict == OnConflict.REPLACE && !context.isCallerInRole(Roles.ADMIN)) {
      source.close();
      throw new AccessDeniedException("onConflict=replace needs the admin role");
    }
    ImportJobs.Job job = jobs.add(caller.accountId(), onConflict.wireName(), source);
    runner.run(job, onConflict, audit.requestId(), audit.clientAddress());
    return job.view();
  }

  @Override
  public ImportJobView get(UUID jobId) {
    return jobs.find(caller.accountId(), jobId)
        .map(ImportJobs.Job::view)
        .orElseThrow(() -> new ResourceNotFoundException("import job", jobId));
  }
}
