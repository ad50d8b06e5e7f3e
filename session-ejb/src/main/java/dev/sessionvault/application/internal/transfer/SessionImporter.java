package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.internal.IngestRedaction;
import dev.sessionvault.application.internal.ProjectScope;
import dev.sessionvault.application.transfer.ImportResult;
import dev.sessionvault.application.transfer.ImportedSession;
import dev.sessionvault.application.transfer.OnConflict;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.project.ProjectRepository;
import dev.sessionvault.domain.redaction.RedactionCounts;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionDetails;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.shared.AccessDeniedException;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports one session in a transaction of its own: decides its id against what the account holds
 * ({@link OnConflict}), creates it, lets {@link SessionParts} add its parts, and restores how it
 * ended. Any failure rolls the whole session back.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER})
public class SessionImporter {
  @Inject CallerContext caller;
  @Inject ProjectScope scope;
  @Inject SessionRepository sessions;
  @Inject ProjectRepository projects;
  @Inject SessionParts parts;
  @Inject IngestRedaction redaction;
  @Inject ConversationIndex index;
  @Resource SessionContext context;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportResult importOne(
      ImportedSession document, OnConflict policy, UUID parent, RedactionCounts counts) {
    return importHere(document, policy, parent, counts);
  }

  /** As {@link #importOne}, in the caller's transaction (a transcript's sync, which adds to it). */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public ImportResult importWithin(
      ImportedSession document, OnConflict policy, UUID parent, RedactionCounts counts) {
    return importHere(document, policy, parent, counts);
  }

  private ImportResult importHere(
      ImportedSession document, OnConflict policy, UUID parent, RedactionCounts counts) {
    UUID account = caller.accountId();
    parts.check(document);
    List<String> warnings = new ArrayList<>(document.warnings());
    String externalId = document.session().externalId();
    Optional<Session> sameId =
        Optional.ofNullable(document.originalId())
            .flatMap(id -> sessions.find(account, id))
            .filter(session -> scope.reaches(session.projectId()));
    Optional<Session> sameExternalId =
        Optional.ofNullable(externalId)
            .flatMap(id -> sessions.findIdByExternalId(account, id))
            .flatMap(id -> sessions.find(account, id));
    Optional<Session> existing = sameId.or(() -> sameExternalId);
    UUID id = document.originalId();
    String outcome = "imported";
    switch (policy) {
      case SKIP -> {
        if (existing.isPresent()) {
          return new ImportResult(
              document.source(),
              original(document),
              existing.get().id(),
              "skipped",
              0,
              warnings,
              null,
              null);
        }
      }
      case REPLACE -> {
        if (!context.isCallerInRole(Roles.ADMIN)) {
          throw new AccessDeniedException("onConflict=replace needs the admin role");
        }
        if (existing.isEmpty() && id != null && sessions.idTaken(id)) {
          throw new ResourceNotFoundException("session", id);
        }
        if (existing.isPresent()) {
          Session replaced = existing.get();
          id = sameId.isPresent() || id == null || sessions.idTaken(id) ? replaced.id() : id;
          index.removeSession(replaced.id());
          sessions.remove(replaced);
          sessions.flush(); // the new row may take the old one's id and externalId
          outcome = "replaced";
        }
      }
      case NEW_IDS -> {}
    }
    if (outcome.equals("imported") && id != null && sessions.idTaken(id)) {
      warnings.add("id " + id + " is taken: imported under a new id");
      id = null;
    }
    if (outcome.equals("imported") && sameExternalId.isPresent()) {
      warnings.add(
          "externalId '"
              + externalId
              + "' is taken by session "
              + sameExternalId.get().id()
              + ": imported without it (kept in metadata.import.originalExternalId)");
      externalId = null;
    }
    Instant now = Timestamps.now();
    SessionDetails details = details(document, externalId, now, warnings, counts);
    Instant createdAt = document.createdAt() == null ? now : document.createdAt();
    Session session = Session.imported(id, account, details, createdAt);
    sessions.add(session);
    index.indexAfterCommit(session.id());
    if (parent != null) {
      if (sessions.find(account, parent).isPresent()) {
        session.linkToParent(parent, document.forkedAtSeq());
      } else {
        warnings.add("parent session " + parent + " is not in this account: imported unlinked");
      }
    }
    long messages = parts.add(session, document, counts, now, warnings);
    session.finishImport(
        parts.finalStatus(document),
        redaction.text(document.error(), counts),
        document.updatedAt(),
        document.lastActivityAt(),
        document.closedAt());
    return new ImportResult(
        document.source(),
        original(document),
        session.id(),
        outcome,
        messages,
        warnings,
        null,
        null);
  }

  private static String original(ImportedSession document) {
    return document.originalId() == null ? null : document.originalId().toString();
  }

  private SessionDetails details(
      ImportedSession document,
      String externalId,
      Instant now,
      List<String> warnings,
      RedactionCounts counts) {
    SessionDetails given = document.session().toDetails();
    UUID project = given.projectId();
    if (project != null && (projects.find(caller.accountId(), project).isEmpty())) {
      warnings.add("project " + project + " does not exist in this account: imported without it");
      project = null;
    }
    project = scope.projectForNewSession(project);
    Map<String, Object> metadata = new LinkedHashMap<>();
    if (given.metadata() != null) {
      metadata.putAll(redaction.object(given.metadata(), counts));
    }
    Map<String, Object> imported = new LinkedHashMap<>();
    imported.put("importedAt", now.toString());
    imported.put("sourceFormat", document.sourceFormat());
    imported.put("sourceVersion", document.sourceVersion());
    if (document.originalId() != null) {
      imported.put("originalId", document.originalId().toString());
    }
    if (externalId == null && given.externalId() != null) {
      imported.put("originalExternalId", given.externalId());
    }
    metadata.put("import", imported);
    return new SessionDetails(
        externalId,
        redaction.text(given.name(), counts),
        redaction.text(given.summary(), counts),
        given.type(),
        given.agent(),
        given.environment(),
        given.model(),
        project,
        given.component(),
        given.projectPath(),
        given.gitBranch(),
        null,
        given.config(),
        redaction.object(given.llmConfig(), counts),
        metadata,
        redaction.object(given.state(), counts),
        given.tags(),
        given.schemaVersion());
  }
}
