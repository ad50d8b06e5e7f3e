package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.EndToEndTest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

  @Test
  void everyRecordTheApiTakesOrAnswersHasItsSchemaAndEveryOperationItsErrors() {
    JsonObject document =
        Api.get(Api.ROOT + "/openapi?format=JSON", "Accept", "application/json").expect(200).json();
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    for (String record :
        List.of(
            "SessionView",
            "CreateSessionCommand",
            "MessageView",
            "ImportReport",
            "RetentionPolicyView",
            "StorageUsageView",
            "Problem")) {
      assertTrue(
          schemas.containsKey(record)
              && !schemas.getJsonObject(record).getJsonObject("properties").isEmpty(),
          record + " has its properties");
    }
    assertTrue(
        schemas
            .getJsonObject("SessionView")
            .getJsonObject("properties")
            .keySet()
            .containsAll(Set.of("id", "status", "messageCount", "lastActivityAt", "tags")));
    assertTrue(
        schemas
            .getJsonObject("CreateSessionCommand")
            .getJsonArray("required")
            .toString()
            .contains("agent"));

    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.keySet()) {
      for (var operation : paths.getJsonObject(path).entrySet()) {
        JsonObject responses = operation.getValue().asJsonObject().getJsonObject("responses");
        String name = operation.getKey() + " " + path;
        assertTrue(responses.containsKey("401") && responses.containsKey("default"), name);
        assertTrue(
            responses.keySet().stream()
                .anyMatch(code -> code.startsWith("2") || code.equals("304")),
            name + " says what it answers");
      }
    }
    JsonObject create = paths.getJsonObject("/api/v1/sessions").getJsonObject("post");
    assertTrue(create.getJsonObject("responses").containsKey("507"), "at the quota");
    assertEquals(
        "#/components/schemas/SessionView",
        create
            .getJsonObject("responses")
            .getJsonObject("201")
            .getJsonObject("content")
            .getJsonObject("application/json")
            .getJsonObject("schema")
            .getString("$ref"));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
  }
}
