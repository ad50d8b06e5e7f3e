package dev.sessionvault.web.api.transfer.migration;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A document in the current format, the version it came in, what migration had to say, and where
 * each of its parts ({@code /messages/3}, {@code /todos/0}) was in the document as sent.
 */
public record Migrated(
    JsonObject document, int sourceVersion, List<String> warnings, UnaryOperator<String> places) {}
