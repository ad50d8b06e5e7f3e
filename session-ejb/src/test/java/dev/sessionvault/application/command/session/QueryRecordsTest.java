package dev.sessionvault.application.command.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sessionvault.application.command.AuditQuery;
import dev.sessionvault.application.command.Violations;
import dev.sessionvault.domain.audit.AuditOutcome;
import dev.sessionvault.domain.session.SessionSort;
import dev.sessionvault.domain.session.SessionStatus;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Query records carry enumerations as names and check them like the web does. */
class QueryRecordsTest {
  private static SessionListQuery listing(String status, String sort) {
    return new SessionListQuery(
        status, null, null, null, null, null, null, null, null, null, null, null, sort, true, 1,
        50);
  }

  private static AuditQuery audit(String outcome) {
    return new AuditQuery(null, null, null, null, null, outcome, null, null, null, 1, 50);
  }

  @Test
  void publishTheAllowedNamesFromTheDomain() {
    assertEquals(
        List.of("initializing", "active", "idle", "completed", "failed"),
        SessionListQuery.STATUSES);
    assertEquals(List.of("success", "denied", "failed"), AuditQuery.OUTCOMES);
    assertEquals(
        List.of("createdAt", "updatedAt", "lastActivityAt", "totalCostUsd", "messageCount", "name"),
        SessionListQuery.SORTS);
  }

  @Test
  void theSortConstraintFollowsTheDomain() {
    assertEquals(String.join("|", SessionListQuery.SORTS), SessionListQuery.SORT_PATTERN);
    assertEquals(String.join(", ", SessionListQuery.SORTS), SessionListQuery.SORT_NAMES);
  }

  @Test
  void acceptsKnownNamesAndAbsence() {
    assertEquals(Set.of(), Violations.of(listing("idle", "messageCount")));
    assertEquals(Set.of(), Violations.of(listing(null, null)));
    assertEquals(Set.of(), Violations.of(audit("denied")));
    assertEquals(Set.of(), Violations.of(audit(null)));
  }

  @Test
  void rejectsUnknownNamesWithTheWebsMessage() {
    assertEquals(
        Set.of(
            "sort: must be one of: createdAt, updatedAt, lastActivityAt, totalCostUsd,"
                + " messageCount, name",
            "status: must be one of: initializing, active, idle, completed, failed"),
        Violations.messages(listing("IDLE", "cost")));
    assertEquals(
        Set.of("outcome: must be one of: success, denied, failed"),
        Violations.messages(audit("ok")));
  }

  @Test
  void boundCostsAndTagsLikeTheSearch() {
    SessionListQuery query =
        new SessionListQuery(
            null,
            null,
            null,
            null,
            null,
            Collections.nCopies(51, "t"),
            null,
            null,
            null,
            null,
            new BigDecimal("-0.01"),
            new BigDecimal("10000000000"),
            null,
            false,
            1,
            50);

    assertEquals(
        Set.of(
            "tags: at most 50 tags (a session has no more than that)",
            "minCost: must be between 0 and 9999999999.99999999",
            "maxCost: must be between 0 and 9999999999.99999999"),
        Violations.messages(query));
  }

  @Test
  void reportsABadNameOnce() {
    assertEquals(
        1, Validation.buildDefaultValidatorFactory().getValidator().validate(audit("ok")).size());
  }

  @Test
  void turnNamesIntoTheDomainsConstants() {
    SessionListQuery query = listing("completed", "totalCostUsd");
    assertEquals(SessionStatus.COMPLETED, query.criteria().status());
    assertEquals(new SessionSort(SessionSort.Field.TOTAL_COST_USD, true), query.sorting());
    assertEquals(SessionSort.NEWEST_FIRST.field(), listing(null, null).sorting().field());
    assertNull(listing(null, null).criteria().status());
    assertEquals(AuditOutcome.DENIED, audit("denied").outcomeFilter());
    assertNull(audit(null).outcomeFilter());
  }
}
