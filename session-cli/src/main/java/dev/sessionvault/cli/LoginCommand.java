package dev.sessionvault.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Stores the server's URL and an API key, after checking that the key works. */
@Command(
    name = "login",
    description =
        "Store the server URL and an API key in ~/.config/sessionvault/config.properties (mode 600).")
final class LoginCommand implements Callable<Integer> {
  @ParentCommand Sv sv;
  @Spec CommandSpec spec;

  @Option(names = "--url", required = true, description = "e.g. http://localhost:9080")
  String url;

  @Option(
      names = "--key",
      description = "the API key (svk_...); read from standard input when left out")
  String key;

  @Override
  public Integer call() throws IOException {
    String apiKey = key;
    if (apiKey == null) {
      spec.commandLine().getErr().print("API key: ");
      spec.commandLine().getErr().flush();
      apiKey =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
    if (apiKey == null || apiKey.isBlank()) {
      throw new CliException(CliException.INVALID, "an API key is required (--key or on stdin)");
    }
    Config config = new Config(url.strip().replaceAll("/+$", ""), apiKey.strip());
    new Client(config).get("/api/v1/sessions?size=1");
    config.save(sv.env);
    spec.commandLine()
        .getOut()
        .println("Signed in to " + config.url() + " (saved in " + Config.file(sv.env) + ")");
    return 0;
  }
}
