package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.infrastructure.search.analysis.SearchAnalyzers;
import dev.sessionvault.infrastructure.search.analysis.SessionVaultAnalysisConfigurer;
import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.EndToEndTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search cluster analyses text exactly as the embedded Lucene index does: the same terms at the
 * same positions for the indexed text and for query words, asked of the running OpenSearch node
 * (its {@code _analyze} API on the deployed index) and of the embedded chain. Together with the
 * search suite passing on both backends, this is what "search answers the same" rests on.
 */
class SearchBackendsIT extends EndToEndTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void onTheSearchClusterOnly() {
    Assumptions.assumeTrue(Api.SHARED_INDEX, "the run on PostgreSQL + OpenSearch");
    Api.awaitIndexed(); // the deployment created its indexes
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "getUserById failed while connecting to the connectionPool",
        "src/main/java/dev/Foo.java:42 threw NullPointerException",
        "snake_case_name and SCREAMING_CASE and utf8 and 3rd-party v2.1.0",
        "Les données sont réécrites: naïve café façade",
        "failing tests, running runners, flaky flakiness",
        "日本語のテキスト mixed with ASCII and emoji 🎉 done",
        "$(curl -s https://example.com/x?y=1&z=2) | jq '.items[] | .id'",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa tail",
        "XMLHttpRequest HTTPServer getHTTPResponseCode IPv6Address"
      })
  void theSameTermsAtTheSamePositions(String text) throws Exception {
    assertEquals(
        local(SessionVaultAnalysisConfigurer.newTextAnalyzer(), text),
        cluster(SearchAnalyzers.TEXT, text),
        "indexed text");
    assertEquals(
        local(SessionVaultAnalysisConfigurer.newTextQueryAnalyzer(), text),
        cluster(SearchAnalyzers.TEXT_QUERY, text),
        "query words");
  }

  /** Each term with its position, as the embedded index makes them. */
  private static List<String> local(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        terms.add(position + ":" + term);
      }
      stream.end();
    }
    return terms;
  }

  /** Each term with its position, as the cluster's analyzer of the deployed index makes them. */
  private static List<String> cluster(String analyzer, String text) throws Exception {
    String body =
        Json.createObjectBuilder().add("analyzer", analyzer).add("text", text).build().toString();
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        System.getProperty("it.search.url") + "/it-message-v3-read/_analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    List<String> terms = new ArrayList<>();
    for (JsonValue token :
        Json.createReader(new StringReader(response.body())).readObject().getJsonArray("tokens")) {
      JsonObject t = token.asJsonObject();
      terms.add(t.getInt("position") + ":" + t.getString("token"));
    }
    return terms;
  }
}
