package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.internal.ProjectScope;
import dev.sessionvault.application.transfer.HeldTranscript;
import dev.sessionvault.application.transfer.TranscriptService;
import dev.sessionvault.application.transfer.TranscriptView;
import dev.sessionvault.application.transfer.UnchangedTranscript;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.transcript.Transcript;
import dev.sessionvault.domain.transcript.TranscriptOffsetException;
import dev.sessionvault.domain.transcript.TranscriptRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER})
public class DefaultTranscriptService implements TranscriptService {
  @Inject CallerContext caller;
  @Inject ProjectScope scope;
  @Inject SessionRepository sessions;
  @Inject TranscriptRepository transcripts;
  @Inject AuditContext audit;

  @Override
  public TranscriptView describe(UUID sessionId) {
    Transcript transcript = transcript(sessionId);
    return new TranscriptView(
        transcript.sessionId(),
        transcript.format(),
        transcript.stored().sha256(),
        transcript.stored().length(),
        transcript.compressedLength(),
        transcript.redactions(),
        transcript.original().sha256(),
        transcript.original().length(),
        transcript.updatedAt());
  }

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER}) // asked on the way to an import
  public Optional<UnchangedTranscript> lastSent(String originalSha256) {
    for (UUID id : transcripts.sessionsSent(caller.accountId(), originalSha256)) {
      Optional<Session> session = sessions.find(caller.accountId(), id);
      if (session.isPresent() && scope.reaches(session.get().projectId())) {
        return Optional.of(
            new UnchangedTranscript(
                "", id, session.get().counters().messageCount(), originalSha256));
      }
    }
    return Optional.empty();
  }

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER}) // asked on the way to an import
  public HeldTranscript heldForAppend(String externalId, long offset) {
    Transcript transcript =
        sessions
            .findIdByExternalId(caller.accountId(), externalId)
            .flatMap(id -> sessions.find(caller.accountId(), id))
            .filter(session -> scope.reaches(session.projectId()))
            .flatMap(session -> transcripts.find(session.id()))
            .orElseThrow(() -> new ResourceNotFoundException("transcript of session", externalId));
    if (transcript.original().length() != offset) {
      throw new TranscriptOffsetException(offset, transcript.original().length());
    }
    return new HeldTranscript(
        transcript.format(),
        transcript.stored().length(),
        transcript.redactions(),
        uncompressed(transcript));
  }

  @Override
  @Audited(action = "session.transcript", target = "session", targetParameter = 0)
  public void write(UUID sessionId, OutputStream out) {
    Transcript transcript = transcript(sessionId);
    try (InputStream in = uncompressed(transcript)) {
      in.transferTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("the transcript could not be written", e);
    }
    audit.detail("bytes", transcript.stored().length());
    audit.detail("redactions", transcript.redactions());
  }

  private static InputStream uncompressed(Transcript transcript) {
    try {
      return new GZIPInputStream(new ByteArrayInputStream(transcript.compressedContent()), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("the kept transcript could not be read", e);
    }
  }

  private Transcript transcript(UUID sessionId) {
    Session session = scope.find(sessionId);
    return transcripts
        .find(session.id())
        .orElseThrow(() -> new ResourceNotFoundException("transcript of session", sessionId));
  }
}
