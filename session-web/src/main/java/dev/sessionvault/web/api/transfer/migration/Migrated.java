package dev.sessionvault.web.api.transfer.migration;

import jakarta.json.JsonObject;
import java.util.List;

/** A document in the current format, the version it came in, and what migration had to say. */
public record Migrated(JsonObject document, int sourceVersion, List<String> warnings) {}
