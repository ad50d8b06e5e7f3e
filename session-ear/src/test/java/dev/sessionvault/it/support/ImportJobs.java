package dev.sessionvault.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Waiting for an import that was answered 202 (a background job), as a client would. */
public final class ImportJobs {
  private ImportJobs() {}

  /** The job's state once it ended (polled every 100 ms, for a minute at most). */
  public static JsonObject awaitEnd(String location) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      JsonObject job = Api.get(location).expect(200).json();
      if (!job.getString("state").equals("queued") && !job.getString("state").equals("running")) {
        return job;
      }
      assertTrue(System.nanoTime() < deadline, "the job did not end within a minute: " + job);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * The import report of an answer: the body of a 201, or the report of the job a 202 started
   * (which must complete).
   */
  public static JsonObject report(HttpResponse<byte[]> answer) {
    String body = new String(answer.body(), StandardCharsets.UTF_8);
    if (answer.statusCode() == 202) {
      JsonObject job = awaitEnd(answer.headers().firstValue("Location").orElseThrow());
      assertEquals("completed", job.getString("state"), job.toString());
      return job.getJsonObject("report");
    }
    assertEquals(201, answer.statusCode(), body);
    return Json.createReader(new StringReader(body)).readObject();
  }
}
