package dev.sessionvault.web.api.transfer.migration;

import jakarta.json.JsonValue;

/** Where a step puts what it cannot place, under the member's pointer in the source document. */
interface Leftovers {
  void keep(String pointer, JsonValue value);
}
