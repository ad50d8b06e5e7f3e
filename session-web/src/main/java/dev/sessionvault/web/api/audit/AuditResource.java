package dev.sessionvault.web.api.audit;

import dev.sessionvault.application.audit.AuditService;
import dev.sessionvault.application.command.AuditQuery;
import dev.sessionvault.application.view.AuditRecordView;
import dev.sessionvault.application.view.AuditVerificationView;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.web.api.http.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Audit",
    description = "The append-only audit trail (account admins and auditors; operators: all)")
public class AuditResource {
  private static final Set<String> LIST_PARAMETERS = union(AuditFilters.NAMES, "page", "size");
  private static final Set<String> EXPORT_PARAMETERS = union(AuditFilters.NAMES, "format");

  @Inject AuditService audit;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "List audit records, newest first: filters, pages with a total count")
  public PageView<AuditRecordView> list(
      @BeanParam AuditFilters filters,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParams params = new QueryParams(uri.getQueryParameters().keySet(), LIST_PARAMETERS);
    int pageNumber = params.integer("page", page, 1, 1, Integer.MAX_VALUE);
    int pageSize =
        params.integer("size", size, AuditQuery.DEFAULT_PAGE_SIZE, 1, AuditQuery.MAX_PAGE_SIZE);
    AuditQuery query = filters.query(params, pageNumber, pageSize);
    params.validate();
    return audit.list(query);
  }

  @GET
  @Path("export")
  // any Accept: the format parameter chooses, and the response names its media type
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary =
          "Export every matching record, oldest first, streamed: format=jsonl (default) or csv")
  @APIResponse(
      responseCode = "200",
      description = "Every matching record, oldest first",
      content = {
        @Content(
            mediaType = "application/x-ndjson",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response export(@BeanParam AuditFilters filters, @QueryParam("format") String format) {
    QueryParams params = new QueryParams(uri.getQueryParameters().keySet(), EXPORT_PARAMETERS);
    AuditExport.Format chosen =
        params.oneOf(
            "format",
            format,
            List.of(AuditExport.Format.values()),
            AuditExport.Format::parameter,
            AuditExport.Format.JSONL);
    AuditQuery query = filters.query(params, 1, 1);
    params.validate();
    return AuditExport.of(audit, query, chosen);
  }

  @GET
  @Path("verify")
  @Operation(
      summary =
          "Recompute the hash chain of the account's records (operators: ?account=, or the"
              + " deployment's without it) and report the first broken link")
  public AuditVerificationView verify(@QueryParam("account") String account) {
    QueryParams params = new QueryParams(uri.getQueryParameters().keySet(), Set.of("account"));
    UUID accountId = params.uuid("account", account);
    params.validate();
    return audit.verify(accountId);
  }

  private static Set<String> union(Set<String> names, String... more) {
    Set<String> all = new HashSet<>(names);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }
}
