package dev.sessionvault.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
  private static final UUID ACCOUNT = UUID.fromString("00000000-0000-7000-8000-00000000000a");
  private static final String CHAIN = AuditChain.of(ACCOUNT);

  private final AuditChainHead head = new AuditChainHead(CHAIN);
  private final List<AuditRecord> records = new ArrayList<>();

  private void append(int count) {
    for (int i = 0; i < count; i++) {
      records.add(head.append(entry("session.create", "{\"n\":" + records.size() + "}")));
    }
  }

  private static AuditEntry entry(String action, String detail) {
    return new AuditEntry(
        Instant.parse("2026-11-21T10:00:00.123456Z"),
        ACCOUNT,
        ActorKind.KEY,
        UUID.fromString("00000000-0000-7000-8000-0000000000bb"),
        "member",
        action,
        "session",
        UUID.randomUUID().toString(),
        AuditOutcome.SUCCESS,
        "req-1",
        "127.0.0.1",
        detail);
  }

  private ChainVerifier.Verdict verify(List<AuditRecord> stored, AuditChainHead storedHead) {
    ChainVerifier verifier = new ChainVerifier(CHAIN);
    for (AuditRecord record : stored) {
      if (!verifier.accept(record)) {
        break;
      }
    }
    return verifier.finish(storedHead);
  }

  private static void set(AuditRecord record, String field, Object value) throws Exception {
    Field f = AuditRecord.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(record, value);
  }

  @Test
  void anUntouchedChainIsIntact() {
    append(5);
    ChainVerifier.Verdict verdict = verify(records, head);
    assertTrue(verdict.intact());
    assertEquals(5, verdict.recordsChecked());
    assertNull(verdict.brokenAtSeq());
  }

  @Test
  void recordsAreNumberedAndLinked() {
    append(3);
    assertEquals(List.of(1L, 2L, 3L), records.stream().map(AuditRecord::seq).toList());
    assertEquals(AuditChain.GENESIS, records.get(0).previousHash());
    assertEquals(records.get(0).hash(), records.get(1).previousHash());
    assertEquals(records.get(2).hash(), head.hash());
  }

  @Test
  void anEmptyChainIsIntact() {
    assertTrue(verify(List.of(), head).intact());
    assertTrue(verify(List.of(), null).intact());
  }

  @Test
  void anAlteredFieldIsReportedAtItsRecord() throws Exception {
    append(4);
    set(records.get(2), "detail", "{\"n\":99}");
    ChainVerifier.Verdict verdict = verify(records, head);
    assertFalse(verdict.intact());
    assertEquals(3L, verdict.brokenAtSeq());
    assertEquals(2, verdict.recordsChecked());
    assertTrue(verdict.problem().contains("altered"), verdict.problem());
  }

  @Test
  void everyFieldIsCoveredByTheHash() throws Exception {
    append(1);
    AuditRecord record = records.get(0);
    for (String field :
        List.of(
            "actorRole",
            "action",
            "targetType",
            "targetId",
            "requestId",
            "clientAddress",
            "detail")) {
      Field f = AuditRecord.class.getDeclaredField(field);
      f.setAccessible(true);
      Object original = f.get(record);
      f.set(record, original + "x");
      assertNotEquals(record.hash(), record.recomputedHash(), field + " is hashed");
      f.set(record, original);
    }
    set(record, "outcome", AuditOutcome.DENIED);
    assertNotEquals(record.hash(), record.recomputedHash(), "outcome is hashed");
    set(record, "outcome", AuditOutcome.SUCCESS);
    set(record, "occurredAt", Instant.parse("2026-11-21T10:00:00.123457Z"));
    assertNotEquals(
        record.hash(), record.recomputedHash(), "the time is hashed to the microsecond");
  }

  @Test
  void aRecordWhoseHashWasRecomputedStillBreaksTheNextLink() throws Exception {
    append(3);
    AuditRecord second = records.get(1);
    set(second, "detail", "{\"forged\":true}");
    set(second, "hash", second.recomputedHash());
    ChainVerifier.Verdict verdict = verify(records, head);
    assertEquals(3L, verdict.brokenAtSeq());
    assertTrue(verdict.problem().contains("does not name the hash"), verdict.problem());
  }

  @Test
  void aRemovedRecordIsReportedWhereTheGapIs() {
    append(4);
    records.remove(1);
    ChainVerifier.Verdict verdict = verify(records, head);
    assertEquals(2L, verdict.brokenAtSeq());
    assertTrue(verdict.problem().contains("missing"), verdict.problem());
  }

  @Test
  void recordsRemovedFromTheEndAreReportedThroughTheHead() {
    append(4);
    ChainVerifier.Verdict verdict = verify(records.subList(0, 2), head);
    assertFalse(verdict.intact());
    assertEquals(3L, verdict.brokenAtSeq());
    assertTrue(verdict.problem().contains("from the end"), verdict.problem());
  }

  @Test
  void recordsWithoutTheirChainsEndAreReported() {
    append(2);
    ChainVerifier.Verdict verdict = verify(records, null);
    assertFalse(verdict.intact());
    assertTrue(verdict.problem().contains("end"), verdict.problem());
  }

  @Test
  void fieldsCannotSpillIntoEachOther() {
    AuditEntry a =
        new AuditEntry(
            Instant.EPOCH,
            null,
            ActorKind.USER,
            null,
            null,
            "ab",
            "c",
            null,
            AuditOutcome.SUCCESS,
            null,
            null,
            "{}");
    AuditEntry b =
        new AuditEntry(
            Instant.EPOCH,
            null,
            ActorKind.USER,
            null,
            null,
            "a",
            "bc",
            null,
            AuditOutcome.SUCCESS,
            null,
            null,
            "{}");
    assertNotEquals(
        AuditChain.hash(AuditChain.GENESIS, "c", 1, a),
        AuditChain.hash(AuditChain.GENESIS, "c", 1, b));
  }

  @Test
  void anEntryJoinsOnlyItsOwnChain() {
    AuditChainHead other = new AuditChainHead(AuditChain.DEPLOYMENT);
    assertThrows(IllegalArgumentException.class, () -> other.append(entry("x.y", "{}")));
  }
}
