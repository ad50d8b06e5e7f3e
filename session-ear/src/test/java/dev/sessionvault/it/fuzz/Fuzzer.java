package dev.sessionvault.it.fuzz;

import dev.sessionvault.it.support.RawHttp;
import java.util.ArrayList;
import java.util.List;

/** Sends the generated requests one after another and judges every answer. */
final class Fuzzer {
  /** Violations kept for the report; the count goes on. */
  private static final int KEPT = 40;

  private final Hostility hostility;
  private final Targets targets;
  private final FuzzSettings settings;

  /** The outcome of a run. */
  record Run(
      Tally tally,
      List<String> violations,
      int violationCount,
      List<String> refusedRequestIds,
      long millis) {}

  Fuzzer(List<Endpoint> endpoints, Targets targets, FuzzSettings settings) {
    this.hostility = new Hostility(endpoints, targets, settings);
    this.targets = targets;
    this.settings = settings;
  }

  Run run() {
    Tally tally = new Tally();
    List<String> violations = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    int count = 0;
    long start = System.nanoTime();
    for (int n = 0; n < settings.tries(); n++) {
      HostileRequest request = hostility.next(n);
      RawHttp.Answer answer = RawHttp.send(request.wire(), request.halfClose());
      tally.count(request.requestClass(), answer.status());
      var violation = Verdict.violation(request, answer);
      if (violation.isPresent() && count++ < KEPT) {
        violations.add(
            "#"
                + n
                + " "
                + violation.get()
                + ": "
                + request
                + " -> "
                + answer.status()
                + " "
                + HostileRequest.printable(answer.body(), 300));
      }
      String requestId = answer.header("X-Request-Id");
      if (answer.status() >= 400 && requestId != null && !request.namesItsRequestId()) {
        refused.add(requestId);
      }
      if (answer.status() / 100 == 2
          && request.endpoint().method().equals("DELETE")
          && request.method().equals("DELETE")) {
        targets.replaceDeleted(request.endpoint());
      }
    }
    return new Run(tally, violations, count, refused, (System.nanoTime() - start) / 1_000_000);
  }
}
