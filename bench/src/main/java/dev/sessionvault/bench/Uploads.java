package dev.sessionvault.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files sent to POST /imports as they are read, and the import jobs they start waited for. */
final class Uploads {
  private Uploads() {}

  /**
   * Posts a file; answers the import's state and report, right away for a small file, when its
   * background job ends for a large one.
   */
  static JsonObject importAndWait(ApiClient api, Path file)
      throws IOException, InterruptedException {
    HttpURLConnection connection = open(api, "POST", "/api/v1/imports");
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(Files.size(file));
    connection.setRequestProperty("Content-Type", "application/octet-stream");
    try (OutputStream out = connection.getOutputStream()) {
      Files.copy(file, out);
    }
    int status = connection.getResponseCode();
    if (status == 200 || status == 201) { // under the threshold for background jobs
      try (InputStream body = connection.getInputStream()) {
        String report = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        return Json.createObjectBuilder()
            .add("state", "completed")
            .add("report", Json.createReader(new StringReader(report)).readObject())
            .build();
      }
    }
    check(status, 202, "POST /imports", connection);
    String location = connection.getHeaderField("Location");
    connection.getInputStream().readAllBytes();
    String path = location.substring(location.indexOf("/api/v1/"));
    while (true) {
      JsonObject job = ApiClient.expect(api.get(path), 200, "import job").json();
      if (!job.getString("state").equals("queued") && !job.getString("state").equals("running")) {
        return job;
      }
      Thread.sleep(200);
    }
  }

  static HttpURLConnection open(ApiClient api, String method, String path) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(api.base() + path).toURL().openConnection();
    connection.setConnectTimeout(10_000);
    connection.setReadTimeout(1_800_000);
    connection.setRequestMethod(method);
    connection.setRequestProperty("Authorization", api.key());
    return connection;
  }

  static void check(int status, int expected, String what, HttpURLConnection connection)
      throws IOException {
    if (status != expected) {
      InputStream error = connection.getErrorStream();
      String body = error == null ? "" : new String(error.readAllBytes(), StandardCharsets.UTF_8);
      throw new UncheckedIOException(
          new IOException(what + " answered " + status + ": " + ApiClient.cut(body)));
    }
  }
}
