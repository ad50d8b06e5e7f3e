package dev.sessionvault.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sv export ID --format F}: the session as a document, to stdout or a file. */
@Command(name = "export", description = "Export a session (secrets redacted) to stdout or a file.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand Sv sv;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID")
  String id;

  @Option(
      names = "--format",
      defaultValue = "markdown",
      description = "markdown (default), html, json, jsonl")
  String format;

  @Option(
      names = {"-o", "--output"},
      description = "a file to write (default: standard output)")
  Path output;

  @Override
  public Integer call() throws IOException {
    var response =
        sv.client().stream(
            "/api/v1/sessions/" + Client.encode(id) + "/export?format=" + Client.encode(format));
    try (InputStream in = response.body()) {
      if (output == null) {
        spec.commandLine().getOut().flush();
        in.transferTo(System.out);
        System.out.flush();
      } else {
        try (OutputStream file = Files.newOutputStream(output)) {
          in.transferTo(file);
        }
        spec.commandLine().getErr().println("wrote " + output);
      }
    }
    return 0;
  }
}
