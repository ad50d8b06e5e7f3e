package dev.sessionvault.web.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sessionvault.application.search.SearchRequest;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ValidationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FilterParametersTest {
  private static final Set<String> READ_BY_RESOURCE =
      Set.of("q", "sort", "page", "size", "facets", "groupedBySession");
  private static final FilterParameters<SearchRequest> FILTERS =
      new FilterParameters<>(SearchRequest.class, READ_BY_RESOURCE);
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void everyOtherComponentIsAParameterOfItsName() {
    assertEquals(
        List.of(
            "agent",
            "model",
            "status",
            "projectId",
            "tag",
            "role",
            "from",
            "to",
            "createdFrom",
            "createdTo",
            "minCost",
            "maxCost"),
        List.copyOf(FILTERS.names()));
    assertEquals(true, FILTERS.repeated("tag"));
    assertEquals(false, FILTERS.repeated("agent"));
  }

  @Test
  void readsEachByItsType() {
    UUID project = UUID.randomUUID();
    Map<String, Object> values =
        read(
            Map.of(
                "agent", List.of("  codex "),
                "model", List.of(" "),
                "status", List.of("active"),
                "projectId", List.of(project.toString()),
                "tag", List.of("a", "b"),
                "from", List.of("2026-11-21T10:30:00+01:00"),
                "maxCost", List.of("2.50")));

    assertEquals("codex", values.get("agent"));
    assertNull(values.get("model"), "blank is absent");
    assertEquals("active", values.get("status"));
    assertEquals(project, values.get("projectId"));
    assertEquals(List.of("a", "b"), values.get("tags"));
    assertEquals(Instant.parse("2026-11-21T09:30:00Z"), values.get("from"));
    assertEquals(new BigDecimal("2.50"), values.get("maxCost"));
    assertNull(values.get("minCost"));
    assertEquals(List.of(), read(Map.of()).get("tags"));
  }

  @Test
  void reportsEveryProblemUnderItsParameterWithTheRecordsMessages() {
    QueryParams params = new QueryParams(Set.of(), Set.of());
    FILTERS.read(
        Map.of(
            "status", List.of(""),
            "role", List.of("robot"),
            "projectId", List.of("42"),
            "tag", Collections.nCopies(51, "t"),
            "to", List.of("yesterday"),
            "minCost", List.of("-1"),
            "maxCost", List.of("cheap")),
        params,
        validator);

    ValidationException e = assertThrows(ValidationException.class, params::validate);
    assertEquals(
        List.of(
            new FieldError(
                "status", "must be one of: initializing, active, idle, completed, failed"),
            new FieldError("projectId", "must be a UUID"),
            new FieldError("tag", "at most 50 tags (a session has no more than that)"),
            new FieldError("role", "must be one of: user, assistant, system, tool"),
            new FieldError(
                "to", "must be an ISO 8601 instant with offset, e.g. 2026-11-21T09:30:00Z"),
            new FieldError("minCost", "must be between 0 and 9999999999.99999999"),
            new FieldError("maxCost", "must be a decimal number")),
        e.errors());
  }

  @Test
  void createsTheRecordFromEveryComponent() {
    Map<String, Object> values = read(Map.of("agent", List.of("codex")));
    values.put("q", "login");
    values.put("sort", "newest");
    values.put("page", 2);
    values.put("size", 10);
    values.put("facets", Set.of());
    values.put("groupedBySession", true);

    SearchRequest request = FILTERS.create(values);

    assertEquals("login", request.q());
    assertEquals("codex", request.agent());
    assertEquals(2, request.page());
    assertEquals(true, request.groupedBySession());
  }

  record Unnamed(List<String> tag) {}

  record Numbers(List<Integer> counts) {}

  record Counted(int count) {}

  @Test
  void aTypeTheQueryStringCannotCarryIsRefusedUpFront() {
    assertThrows(
        IllegalArgumentException.class, () -> new FilterParameters<>(Counted.class, Set.of()));
  }

  @Test
  void aRepeatedFilterIsAListOfStringsNamedInThePlural() {
    assertThrows(
        IllegalArgumentException.class, () -> new FilterParameters<>(Unnamed.class, Set.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new FilterParameters<>(Numbers.class, Set.of()));
  }

  private static Map<String, Object> read(Map<String, List<String>> query) {
    QueryParams params = new QueryParams(Set.of(), Set.of());
    Map<String, Object> values = FILTERS.read(query, params, validator);
    params.validate();
    return values;
  }
}
