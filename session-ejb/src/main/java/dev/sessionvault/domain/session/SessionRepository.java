package dev.sessionvault.domain.session;

import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions, always within one account. */
public interface SessionRepository {
  void add(Session session);

  Optional<Session> find(UUID accountId, UUID id);

  /**
   * Finds the session and locks its row until the transaction ends: every write to a session or to
   * what belongs to it goes through this, which is what keeps sequence numbers gapless and
   * aggregates exact under concurrent writers.
   */
  Optional<Session> findForUpdate(UUID accountId, UUID id);

  Optional<UUID> findIdByExternalId(UUID accountId, String externalId);

  /**
   * Sessions of the account with no parent whose externalId starts with {@code prefix}: a
   * transcript's sub-agents that arrived before their main session.
   */
  List<Session> findUnlinked(UUID accountId, String externalIdPrefix);

  /** Whether any account holds a session with this id (an import must not reuse it). */
  boolean idTaken(UUID id);

  Page<Session> list(UUID accountId, SessionCriteria criteria, SessionSort sort, PageRequest page);

  /** Writes pending changes now, so that the session's version (its ETag) reflects them. */
  void flush();

  /**
   * Writes pending changes and forgets every entity the transaction loaded: after a read of a whole
   * session's parts, so that they neither stay in memory nor point at a session about to go.
   * Entities read before are detached: read again what is still needed.
   */
  void forgetLoaded();

  /** Removes the session with its messages, todos, interactions and tags. */
  void remove(Session session);

  boolean anyInAccount(UUID accountId);

  /** Clears the project of every session that belongs to it (the sessions stay); returns them. */
  List<UUID> detachFromProject(UUID accountId, UUID projectId);
}
