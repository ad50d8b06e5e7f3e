package dev.sessionvault.it.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * What the generators share: the endpoints, and a well-formed starting point for each (real ids,
 * credentials, a valid body) that a generator then breaks in one way.
 */
final class Requests {
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  final List<Endpoint> all;
  final List<Endpoint> withBody;
  final List<Endpoint> withQuery;
  final List<Endpoint> withIds;
  final Targets targets;

  Requests(List<Endpoint> endpoints, Targets targets) {
    this.all = endpoints;
    this.withBody = endpoints.stream().filter(Endpoint::takesBody).toList();
    this.withQuery = endpoints.stream().filter(e -> !e.queryParameters().isEmpty()).toList();
    this.withIds = endpoints.stream().filter(e -> e.template().contains("{")).toList();
    this.targets = targets;
  }

  /** The path with real ids, or with {@code ids} deciding each parameter's value. */
  String path(Endpoint endpoint, BiFunction<String, String, String> ids) {
    Matcher parameter = PARAMETER.matcher(endpoint.template());
    StringBuilder path = new StringBuilder();
    while (parameter.find()) {
      String before = endpoint.template().substring(0, parameter.start());
      parameter.appendReplacement(
          path, Matcher.quoteReplacement(ids.apply(parameter.group(1), before)));
    }
    parameter.appendTail(path);
    return path.toString();
  }

  String path(Endpoint endpoint) {
    return path(endpoint, targets::value);
  }

  /** A valid request to the endpoint, minus its body: credentials and Accept. */
  HostileRequest.Builder start(RequestClass requestClass, Endpoint endpoint) {
    return HostileRequest.to(requestClass, endpoint)
        .target(path(endpoint))
        .header("Authorization", targets.authorization(endpoint))
        .header("Accept", "application/json");
  }

  /** A request with this JSON body (the endpoint's media type). */
  HostileRequest.Builder withJson(RequestClass requestClass, Endpoint endpoint, byte[] body) {
    return start(requestClass, endpoint).header("Content-Type", mediaType(endpoint)).body(body);
  }

  HostileRequest.Builder withJson(RequestClass requestClass, Endpoint endpoint, String body) {
    return withJson(requestClass, endpoint, body.getBytes(StandardCharsets.UTF_8));
  }

  /** A valid request to the endpoint, with a valid body if it takes one. */
  HostileRequest.Builder withJsonIfAny(RequestClass requestClass, Endpoint endpoint) {
    return endpoint.takesBody()
        ? withJson(requestClass, endpoint, validBody(endpoint).json())
        : start(requestClass, endpoint);
  }

  static String mediaType(Endpoint endpoint) {
    return endpoint.method().equals("PATCH") ? "application/merge-patch+json" : "application/json";
  }

  JsonBodies.Body validBody(Endpoint endpoint) {
    return JsonBodies.valid(endpoint, targets);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** One of the endpoints taking a body. */
  Arbitrary<Endpoint> bodyEndpoints() {
    return Arbitraries.of(withBody);
  }
}
