package dev.sessionvault.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

/**
 * Where the server is and the key to it: {@code ~/.config/sessionvault/config.properties} (or under
 * {@code $XDG_CONFIG_HOME}), written by {@code sv login} readable by its owner only; {@code
 * SESSIONVAULT_URL} and {@code SESSIONVAULT_API_KEY} override it.
 */
record Config(String url, String apiKey) {
  static Path directory(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("sessionvault");
  }

  static Config load(Map<String, String> env) {
    Properties saved = new Properties();
    Path file = directory(env).resolve("config.properties");
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        saved.load(reader);
      } catch (IOException e) {
        throw new CliException(
            CliException.NOT_SIGNED_IN, "cannot read " + file + ": " + e.getMessage());
      }
    }
    String url = env.getOrDefault("SESSIONVAULT_URL", saved.getProperty("url"));
    String key = env.getOrDefault("SESSIONVAULT_API_KEY", saved.getProperty("apiKey"));
    if (url == null || key == null) {
      throw new CliException(
          CliException.NOT_SIGNED_IN,
          "not signed in: run `sv login --url URL` (or set SESSIONVAULT_URL and SESSIONVAULT_API_KEY)");
    }
    return new Config(url.replaceAll("/+$", ""), key);
  }

  /** Writes the file readable and writable by its owner only (mode 600). */
  void save(Map<String, String> env) {
    Path directory = directory(env);
    Path file = directory.resolve("config.properties");
    Properties properties = new Properties();
    properties.setProperty("url", url);
    properties.setProperty("apiKey", apiKey);
    try {
      Files.createDirectories(directory);
      Path written = Files.createTempFile(directory, "config", ".tmp");
      setOwnerOnly(written);
      try (Writer writer = Files.newBufferedWriter(written)) {
        properties.store(writer, "Session Vault client (sv login); keep this file private");
      }
      Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static Path file(Map<String, String> env) {
    return directory(env).resolve("config.properties");
  }

  private static void setOwnerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      file.toFile().setReadable(false, false);
      file.toFile().setReadable(true, true);
    }
  }
}
