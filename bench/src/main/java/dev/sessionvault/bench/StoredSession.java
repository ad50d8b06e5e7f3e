package dev.sessionvault.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A session as the API returns it, with every stored message, read page by page. */
record StoredSession(JsonObject session, List<JsonObject> messages) {
  private static final int PAGE = 1000;

  static StoredSession read(ApiClient api, String id) {
    JsonObject session = ApiClient.expect(api.get("/api/v1/sessions/" + id), 200, "read").json();
    List<JsonObject> messages = new ArrayList<>();
    while (true) {
      JsonArray page =
          ApiClient.expect(
                  api.get(
                      "/api/v1/sessions/"
                          + id
                          + "/messages?limit="
                          + PAGE
                          + "&afterSeq="
                          + messages.size()),
                  200,
                  "messages")
              .json()
              .getJsonArray("items");
      page.stream().map(JsonValue::asJsonObject).forEach(messages::add);
      if (page.size() < PAGE) {
        return new StoredSession(session, messages);
      }
    }
  }

  /**
   * Whether the messages are numbered 1, 2, 3, ... without a gap and the session's messageCount,
   * tokens and cost equal their sums.
   */
  boolean aggregatesMatch() {
    long input = 0;
    long output = 0;
    BigDecimal cost = BigDecimal.ZERO;
    for (int i = 0; i < messages.size(); i++) {
      JsonObject message = messages.get(i);
      if (message.getJsonNumber("seq").longValue() != i + 1) {
        return false;
      }
      JsonObject tokens = message.getJsonObject("tokens");
      input += tokens.getJsonNumber("input").longValue();
      output += tokens.getJsonNumber("output").longValue();
      if (message.get("costUsd") instanceof JsonNumber number) {
        cost = cost.add(number.bigDecimalValue());
      }
    }
    return session.getJsonNumber("messageCount").longValue() == messages.size()
        && session.getJsonNumber("inputTokens").longValue() == input
        && session.getJsonNumber("outputTokens").longValue() == output
        && session.getJsonNumber("totalCostUsd").bigDecimalValue().compareTo(cost) == 0;
  }
}
