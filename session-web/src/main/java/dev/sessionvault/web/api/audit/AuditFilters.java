package dev.sessionvault.web.api.audit;

import dev.sessionvault.application.command.AuditQuery;
import dev.sessionvault.web.api.http.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.util.Set;

/** The filters the audit listing and export share, as query parameters. */
public class AuditFilters {
  static final Set<String> NAMES =
      Set.of(
          "account",
          "actor",
          "action",
          "targetType",
          "target",
          "outcome",
          "requestId",
          "from",
          "to");

  @QueryParam("account")
  String account;

  @QueryParam("actor")
  String actor;

  @QueryParam("action")
  String action;

  @QueryParam("targetType")
  String targetType;

  @QueryParam("target")
  String target;

  @QueryParam("outcome")
  String outcome;

  @QueryParam("requestId")
  String requestId;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  /** The query for one page; problems are collected in {@code params}. */
  AuditQuery query(QueryParams params, int page, int size) {
    return new AuditQuery(
        params.uuid("account", account),
        params.uuid("actor", actor),
        blankToNull(action),
        blankToNull(targetType),
        blankToNull(target),
        params.oneOf("outcome", outcome, AuditQuery.OUTCOMES),
        blankToNull(requestId),
        params.instant("from", from),
        params.instant("to", to),
        page,
        size);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
