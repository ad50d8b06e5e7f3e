package dev.sessionvault.domain.audit;

/**
 * Walks one chain's records in order and finds the first broken link: a record whose fields no
 * longer give its hash (altered), that does not name its predecessor's hash (replaced or inserted),
 * or whose number skips (removed). At the end the chain's head must name the last record (records
 * removed from the end).
 */
public final class ChainVerifier {
  private final String chain;
  private long expectedSeq = 1;
  private String previousHash = AuditChain.GENESIS;
  private long checked;
  private Verdict broken;

  public ChainVerifier(String chain) {
    this.chain = chain;
  }

  /** What the verification found. {@code brokenAtSeq} is null for an intact chain. */
  public record Verdict(
      String chain, long recordsChecked, boolean intact, Long brokenAtSeq, String problem) {}

  /** Checks the next record; false once the chain is broken (later records need no check). */
  public boolean accept(AuditRecord record) {
    if (broken != null) {
      return false;
    }
    if (record.seq() != expectedSeq) {
      return fail(
          expectedSeq,
          record.seq() > expectedSeq
              ? "record "
                  + expectedSeq
                  + " is missing (the next stored record is "
                  + record.seq()
                  + ")"
              : "record " + record.seq() + " appears twice or out of order");
    }
    if (!record.previousHash().equals(previousHash)) {
      return fail(
          record.seq(),
          "record "
              + record.seq()
              + " does not name the hash of the record before it: a record was replaced or inserted");
    }
    if (!record.recomputedHash().equals(record.hash())) {
      return fail(
          record.seq(),
          "record " + record.seq() + " was altered: its fields no longer give its hash");
    }
    checked++;
    expectedSeq++;
    previousHash = record.hash();
    return true;
  }

  /** The verdict, given the chain's head as stored (null: none stored). */
  public Verdict finish(AuditChainHead head) {
    if (broken != null) {
      return broken;
    }
    long last = expectedSeq - 1;
    if (head == null && last > 0) {
      fail(last, "the chain's end (its row in audit_chain_heads) is missing");
      return broken;
    }
    if (head != null && head.seq() > last) {
      fail(last + 1, "records " + (last + 1) + " to " + head.seq() + " are missing from the end");
      return broken;
    }
    if (head != null && head.seq() == last && !head.hash().equals(previousHash)) {
      fail(last, "record " + last + " is not the record the chain's end names");
      return broken;
    }
    return new Verdict(chain, checked, true, null, null);
  }

  private boolean fail(long seq, String problem) {
    broken = new Verdict(chain, checked, false, seq, problem);
    return false;
  }
}
