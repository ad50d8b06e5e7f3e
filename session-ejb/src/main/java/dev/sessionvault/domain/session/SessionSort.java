package dev.sessionvault.domain.session;

/** How a session listing is ordered; ties are broken by id so that pages never overlap. */
public record SessionSort(Field field, boolean ascending) {
  public static final SessionSort NEWEST_FIRST = new SessionSort(Field.CREATED_AT, false);

  /** The sortable fields, with the names clients use. */
  public enum Field {
    CREATED_AT("createdAt"),
    UPDATED_AT("updatedAt"),
    LAST_ACTIVITY_AT("lastActivityAt"),
    TOTAL_COST_USD("totalCostUsd"),
    MESSAGE_COUNT("messageCount"),
    NAME("name");

    private final String apiName;

    Field(String apiName) {
      this.apiName = apiName;
    }

    public String apiName() {
      return apiName;
    }
  }
}
