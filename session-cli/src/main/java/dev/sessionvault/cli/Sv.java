package dev.sessionvault.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * {@code sv}: the command line of Session Vault. Exit codes: 0 done, 1 failed (or some files of a
 * sync failed), 2 wrong command line, 3 not signed in, 4 refused (key or role), 5 not found, 6
 * server unreachable, 7 the server refused the input.
 */
@Command(
    name = "sv",
    mixinStandardHelpOptions = true,
    version = "sv 1.0.0",
    description = "Session Vault from the command line: sync, find, export and restore sessions.",
    subcommands = {
      HelpCommand.class,
      LoginCommand.class,
      SyncCommand.class,
      SessionsCommand.class,
      ShowCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      RestoreCommand.class,
      UsageCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:failed (for sync: some files could not be imported)",
      "2:wrong command line",
      "3:not signed in (sv login)",
      "4:refused: the key is not valid or its role may not do this",
      "5:not found",
      "6:the server cannot be reached",
      "7:the server refused the input (the message says what to fix)"
    })
public final class Sv {
  final Map<String, String> env;

  Sv(Map<String, String> env) {
    this.env = env;
  }

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            System.getenv(),
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true)));
  }

  /** Runs one command line; answers its exit code. */
  static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Sv(env));
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          if (e instanceof CliException failure) {
            commandLine.getErr().println("sv: " + failure.getMessage());
            commandLine.getErr().flush();
            return failure.exitCode();
          }
          commandLine.getErr().println("sv: " + e);
          commandLine.getErr().flush();
          return CliException.FAILED;
        });
    int code = line.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  Client client() {
    return new Client(Config.load(env));
  }
}
