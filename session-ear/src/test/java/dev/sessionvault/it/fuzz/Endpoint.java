package dev.sessionvault.it.fuzz;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An operation of the API as the server's OpenAPI document lists it: method, path template (with
 * its {@code /api/v1} prefix), the query parameters it declares, and whether it takes a body.
 */
record Endpoint(String method, String template, List<String> queryParameters, boolean takesBody) {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  String name() {
    return method + " " + template;
  }

  @Override
  public String toString() {
    return name();
  }

  /** Every operation of an OpenAPI 3 document. */
  static List<Endpoint> fromOpenApi(JsonObject document) {
    List<Endpoint> endpoints = new ArrayList<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          if (METHODS.contains(method)) {
                            endpoints.add(of(method, path, operation.asJsonObject()));
                          }
                        }));
    return List.copyOf(endpoints);
  }

  private static Endpoint of(String method, String path, JsonObject operation) {
    List<String> query = new ArrayList<>();
    for (JsonValue parameter :
        operation.getJsonArray("parameters") == null
            ? List.<JsonValue>of()
            : operation.getJsonArray("parameters")) {
      if (parameter.asJsonObject().getString("in", "").equals("query")) {
        query.add(parameter.asJsonObject().getString("name"));
      }
    }
    return new Endpoint(
        method.toUpperCase(Locale.ROOT),
        path,
        List.copyOf(query),
        operation.containsKey("requestBody"));
  }
}
