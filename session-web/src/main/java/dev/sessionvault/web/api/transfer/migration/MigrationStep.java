package dev.sessionvault.web.api.transfer.migration;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One version to the next: a pure function. What the next version has no place for is carried in
 * its extension area and placed by a later step; what no later version can hold ends in the
 * session's {@code metadata.migration}, with a warning.
 */
interface MigrationStep {
  JsonObject apply(JsonObject document, List<String> warnings);
}
