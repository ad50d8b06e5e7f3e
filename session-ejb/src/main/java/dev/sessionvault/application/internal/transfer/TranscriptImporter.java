package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.internal.IngestRedaction;
import dev.sessionvault.application.internal.ProjectScope;
import dev.sessionvault.application.transfer.ImportResult;
import dev.sessionvault.application.transfer.ImportedSession;
import dev.sessionvault.application.transfer.OnConflict;
import dev.sessionvault.application.transfer.TranscriptSession;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.redaction.RedactionCounts;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.search.SessionCopy;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Synchronises one session of an assistant's transcript in a transaction of its own: a session the
 * account does not hold yet is imported (under the assistant's session id when it is free); one it
 * holds (same externalId, or same id) takes only what is new. Sending the same file again, or a
 * longer version of it, is therefore safe and cheap.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER})
public class TranscriptImporter {
  /** Where the last read's title and summary are kept, to tell them from edits in the vault. */
  static final String SYNCED = "transcriptSync";

  @Inject CallerContext caller;
  @Inject ProjectScope scope;
  @Inject SessionRepository sessions;
  @Inject SessionImporter importer;
  @Inject SessionParts parts;
  @Inject IngestRedaction redaction;
  @Inject ConversationIndex index;
  @Inject TranscriptKeeper keeper;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportResult sync(TranscriptSession transcript, RedactionCounts counts) {
    ImportedSession document = transcript.session();
    List<String> warnings = new ArrayList<>(document.warnings());
    Optional<Session> held = held(document);
    UUID parent = null;
    if (transcript.parentExternalId() != null) {
      parent =
          sessions
              .findIdByExternalId(caller.accountId(), transcript.parentExternalId())
              .flatMap(id -> sessions.find(caller.accountId(), id))
              .filter(found -> scope.reaches(found.projectId()))
              .map(Session::id)
              .orElse(null);
      if (parent == null) {
        warnings.add(
            "parent session '"
                + transcript.parentExternalId()
                + "' is not in the vault yet: send its transcript, then this one again to link them");
      }
    }
    Instant now = Timestamps.now();
    if (held.isEmpty()) {
      ImportResult created =
          importer.importWithin(withSynced(document, warnings), OnConflict.SKIP, parent, counts);
      if (!created.outcome().equals("skipped")) {
        List<String> all = new ArrayList<>(created.warnings());
        Session session = sessions.find(caller.accountId(), created.id()).orElseThrow();
        keeper.keep(session, transcript.original(), now, all);
        adoptSubagents(session, transcript);
        return report(created, created.messages(), 0L, all, transcript);
      }
      // held under its id but not its externalId: take what is new into it
      held = sessions.findForUpdate(caller.accountId(), created.id());
    }
    Session session = held.orElseThrow();
    if (keeper.alreadyKept(session, transcript.original())) {
      // the very file the session was last read from: nothing in it is new
      ImportResult same =
          new ImportResult(
              document.source(),
              document.originalId() == null ? null : document.originalId().toString(),
              session.id(),
              "unchanged",
              0,
              warnings,
              null,
              null);
      return report(same, 0, session.counters().messageCount(), warnings, transcript);
    }
    SessionCopy before = index.copyOf(session);
    SessionParts.Merged merged = parts.merge(session, document, counts, now);
    Map<String, Object> previous = synced(session.metadata());
    String name = redaction.text(document.session().name(), counts);
    String summary = redaction.text(document.session().summary(), counts);
    boolean linked = parent != null && session.parentId() == null;
    if (linked) {
      session.linkToParent(parent, null);
    }
    boolean changed =
        linked
            || merged.added() > 0
            || merged.corrected() > 0
            || merged.todosReplaced()
            || !Objects.equals(name, previous.get("name"))
            || !Objects.equals(summary, previous.get("summary"));
    if (changed) {
      Map<String, Object> metadata = new LinkedHashMap<>(session.metadata());
      metadata.putAll(redaction.object(document.session().metadata(), counts));
      metadata.put(SYNCED, syncedValues(name, summary));
      session.syncTranscript(
          name,
          (String) previous.get("name"),
          summary,
          (String) previous.get("summary"),
          metadata,
          document.lastActivityAt(),
          now);
      index.editDone(session, before);
    }
    keeper.keep(session, transcript.original(), now, warnings);
    adoptSubagents(session, transcript);
    if (merged.corrected() > 0) {
      warnings.add(
          merged.corrected()
              + " message(s) took the final usage of a response the last read saw in part");
    }
    ImportResult result =
        new ImportResult(
            document.source(),
            document.originalId() == null ? null : document.originalId().toString(),
            session.id(),
            changed ? "updated" : "unchanged",
            merged.added(),
            warnings,
            null,
            null);
    return report(result, merged.added(), merged.unchanged(), warnings, transcript);
  }

  /**
   * A main session links the sub-agent sessions that arrived before it (a hook may send a
   * sub-agent's file first): those whose externalId is its own followed by {@code :agent-}.
   */
  private void adoptSubagents(Session session, TranscriptSession transcript) {
    String externalId = session.origin().externalId();
    if (transcript.parentExternalId() != null || externalId == null) {
      return;
    }
    for (Session orphan : sessions.findUnlinked(caller.accountId(), externalId + ":agent-")) {
      if (!scope.reaches(orphan.projectId())) {
        continue; // a key of one project leaves other projects' sessions alone
      }
      SessionCopy before = index.copyOf(orphan);
      orphan.linkToParent(session.id(), null);
      index.editDone(orphan, before);
    }
  }

  private Optional<Session> held(ImportedSession document) {
    UUID account = caller.accountId();
    String externalId = document.session().externalId();
    Optional<Session> held =
        Optional.ofNullable(externalId)
            .flatMap(id -> sessions.findIdByExternalId(account, id))
            .flatMap(id -> sessions.findForUpdate(account, id))
            .or(
                () ->
                    Optional.ofNullable(document.originalId())
                        .flatMap(id -> sessions.findForUpdate(account, id)));
    if (held.isPresent() && !scope.reaches(held.get().projectId())) {
      throw new ResourceNotFoundException("session", held.get().id());
    }
    return held;
  }

  /** The document with the title and summary it gives recorded, to be recognised next time. */
  private static ImportedSession withSynced(ImportedSession document, List<String> warnings) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    if (document.session().metadata() != null) {
      metadata.putAll(document.session().metadata());
    }
    metadata.put(SYNCED, syncedValues(document.session().name(), document.session().summary()));
    return document.with(document.session().withMetadata(metadata), warnings);
  }

  private static Map<String, Object> syncedValues(String name, String summary) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("summary", summary);
    return values;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> synced(Map<String, Object> metadata) {
    return metadata != null && metadata.get(SYNCED) instanceof Map<?, ?> values
        ? (Map<String, Object>) values
        : Map.of();
  }

  private static ImportResult report(
      ImportResult result,
      long added,
      long unchanged,
      List<String> warnings,
      TranscriptSession transcript) {
    return new ImportResult(
        result.source(),
        result.originalId(),
        result.id(),
        result.outcome(),
        added,
        warnings,
        result.status(),
        result.errors(),
        unchanged,
        transcript.report());
  }
}
