package dev.sessionvault.web.api;

import dev.sessionvault.web.api.http.FilterParameters;
import dev.sessionvault.web.api.search.SearchResource;
import dev.sessionvault.web.api.session.SessionResource;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Completes the OpenAPI document the build generates from the resources: the query parameters that
 * resources read from an application query record ({@link FilterParameters}) rather than declare
 * one by one, and the problem+json error answers of every operation ({@link
 * ProblemResponsesDocument}). The build's smallrye-open-api-maven-plugin applies it (session-web's
 * POM); Liberty serves the result as the application's static document.
 */
public class ApiDocumentFilter implements OASFilter {
  /** The GET operations whose filters come from a record, by path. */
  private static final Map<String, FilterParameters<?>> FILTERED =
      Map.of(
          SessionVaultApi.PATH + "/search", SearchResource.FILTERS,
          SessionVaultApi.PATH + "/sessions", SessionResource.LIST_FILTERS);

  @Override
  public void filterOpenAPI(OpenAPI document) {
    if (document.getPaths() != null) {
      FILTERED.forEach(
          (path, filters) -> {
            PathItem item = document.getPaths().getPathItem(path);
            if (item != null && item.getGET() != null) {
              addParameters(item.getGET(), filters);
            }
          });
    }
    ProblemResponsesDocument.addTo(document);
  }

  private static void addParameters(Operation operation, FilterParameters<?> filters) {
    for (String name : filters.names()) {
      Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
      operation.addParameter(
          OASFactory.createParameter()
              .name(name)
              .in(Parameter.In.QUERY)
              .schema(
                  filters.repeated(name)
                      ? OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(text)
                      : text));
    }
  }
}
