package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.EndToEndTest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenAPI document lists every query parameter the listing and the search accept, the filters
 * read from their request records included, so that generated clients can use them all.
 */
class OpenApiDocumentIT extends EndToEndTest {
  static Stream<Arguments> filteredOperations() {
    Set<String> sessionFilters =
        Set.of(
            "status",
            "agent",
            "model",
            "projectId",
            "tag",
            "createdFrom",
            "createdTo",
            "minCost",
            "maxCost");
    return Stream.of(
        Arguments.of(
            "/api/v1/sessions",
            union(
                sessionFilters,
                Set.of("parentId", "updatedFrom", "updatedTo", "sort", "order", "page", "size"))),
        Arguments.of(
            "/api/v1/search",
            union(
                sessionFilters,
                Set.of("q", "role", "from", "to", "sort", "page", "size", "facets", "groupBy"))));
  }

  @ParameterizedTest
  @MethodSource("filteredOperations")
  void listsEveryQueryParameter(String path, Set<String> accepted) {
    Map<String, JsonObject> parameters =
        Api.get(Api.ROOT + "/openapi?format=JSON", "Accept", "application/json")
            .expect(200)
            .json()
            .getJsonObject("paths")
            .getJsonObject(path)
            .getJsonObject("get")
            .getJsonArray("parameters")
            .stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(parameter -> parameter.getString("name"), p -> p));

    assertEquals(accepted, parameters.keySet());
    assertTrue(parameters.values().stream().allMatch(p -> p.getString("in").equals("query")));
    assertEquals("array", parameters.get("tag").getJsonObject("schema").getString("type"));
    assertEquals("string", parameters.get("minCost").getJsonObject("schema").getString("type"));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
  }
}
