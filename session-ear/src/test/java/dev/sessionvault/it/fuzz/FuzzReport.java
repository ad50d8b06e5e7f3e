package dev.sessionvault.it.fuzz;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Logger;

/**
 * One fuzzing run against the test server: endpoints from its OpenAPI document, targets in an
 * account of its own, the generated requests, the class × answer table (printed, and written to
 * {@code fuzz.report} when set), and the checks of the state afterwards.
 */
public final class FuzzReport {
  private static final Logger LOG = Logger.getLogger(FuzzReport.class.getName());

  private final Fuzzer.Run run;
  private final List<String> aftermath;

  private FuzzReport(Fuzzer.Run run, List<String> aftermath) {
    this.run = run;
    this.aftermath = aftermath;
  }

  public static FuzzReport run() throws IOException {
    FuzzSettings settings = FuzzSettings.fromSystemProperties();
    List<Endpoint> endpoints =
        Endpoint.fromOpenApi(
            Api.get(
                    Api.ROOT + "/openapi?format=JSON",
                    "Accept",
                    "application/json",
                    "Authorization",
                    Credentials.NONE)
                .expect(200)
                .json());
    Targets targets = Targets.create();
    Fuzzer.Run run = new Fuzzer(endpoints, targets, settings).run();
    String table =
        "Hostile input: "
            + run.tally().total()
            + " requests over "
            + endpoints.size()
            + " endpoints, seed "
            + settings.seed()
            + ", "
            + run.millis()
            + " ms, "
            + run.violationCount()
            + " violations\n\n"
            + run.tally().markdown();
    LOG.info(table);
    if (settings.report() != null) {
      Files.createDirectories(settings.report().toAbsolutePath().getParent());
      Files.writeString(settings.report(), table);
    }
    return new FuzzReport(run, new Aftermath(targets).check(run.refusedRequestIds()));
  }

  public int violationCount() {
    return run.violationCount();
  }

  /**
   * The first violations, each with its request number under this seed, for the failure message.
   */
  public String violations() {
    return run.violationCount()
        + " answers broke the rules (fuzz.seed="
        + FuzzSettings.fromSystemProperties().seed()
        + "):\n"
        + String.join("\n", run.violations());
  }

  public List<String> aftermath() {
    return aftermath;
  }
}
