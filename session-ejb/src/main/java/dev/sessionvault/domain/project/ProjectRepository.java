package dev.sessionvault.domain.project;

import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Projects, always within one account. */
public interface ProjectRepository {
  void add(Project project);

  Optional<Project> find(UUID accountId, UUID id);

  /** Finds the project and locks its row until the transaction ends. */
  Optional<Project> findForUpdate(UUID accountId, UUID id);

  Optional<Project> findByKey(UUID accountId, String key);

  Page<Project> list(UUID accountId, PageRequest page);

  /** Writes pending changes now, so that the project's version (its ETag) reflects them. */
  void flush();

  void remove(Project project);
}
