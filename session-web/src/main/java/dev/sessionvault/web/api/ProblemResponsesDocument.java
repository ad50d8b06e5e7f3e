package dev.sessionvault.web.api;

import dev.sessionvault.web.api.error.Problems;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the error answers every operation can give, as the one problem+json schema they share: 401
 * and 403 everywhere, 404 where the path names a resource, 400 where the request carries parameters
 * or a body, 409 for changes, and the rest as the default; an error a resource method declares
 * itself (507 where it stores new content) gets the schema too. Written once here rather than on
 * every resource method, so that no operation can lack them.
 */
final class ProblemResponsesDocument {
  static final String PROBLEM = "Problem";

  private ProblemResponsesDocument() {}

  static void addTo(OpenAPI document) {
    if (document.getComponents() == null) {
      document.components(OASFactory.createComponents());
    }
    document.getComponents().addSchema(PROBLEM, problemSchema());
    if (document.getPaths() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : document.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().getOperations().entrySet()) {
        addProblems(path.getKey(), operation.getKey(), operation.getValue());
      }
    }
  }

  private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.responses(responses);
    }
    add(responses, "401", "No credentials, or credentials that are not (or no longer) valid");
    add(responses, "403", "The caller's role or key does not allow this");
    if (path.contains("{")) {
      add(responses, "404", "No such resource in the caller's account");
    }
    boolean hasInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    if (hasInput) {
      add(responses, "400", "The request is malformed or invalid: errors[] names each field");
    }
    if (method != PathItem.HttpMethod.GET) {
      add(responses, "409", "The request conflicts with the resource's current state");
    }
    if (responses.getDefaultValue() == null) {
      responses.defaultValue(problem("Any other error, as application/problem+json (RFC 9457)"));
    }
    // errors a resource method declares itself (507 at the quota, 412, ...) are problems too
    responses
        .getAPIResponses()
        .forEach(
            (code, response) -> {
              if (code.matches("[45]\\d\\d") && response.getContent() == null) {
                response.content(problem(response.getDescription()).getContent());
              }
            });
  }

  private static void add(APIResponses responses, String code, String description) {
    if (responses.getAPIResponse(code) == null) {
      responses.addAPIResponse(code, problem(description));
    }
  }

  private static APIResponse problem(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    Problems.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
  }

  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    Schema fieldError =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("field", text)
            .addProperty("message", text);
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description(
            "An error (RFC 9457): type, title, status, detail, and where it applies the fields"
                + " in error or other members a client can act on")
        .addProperty("type", text)
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty(
            "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
  }
}
