package dev.sessionvault.application.transfer;

import java.util.List;
import java.util.Map;

/**
 * What reading an assistant's own transcript found besides the conversation: the lines by type that
 * are not conversation (skipped, counted), the lines that could not be read (skipped, by number),
 * and the models that have no price (their messages have no cost).
 *
 * @param format {@code claude-code} or {@code codex}
 * @param lines the lines of the file
 * @param malformedLines numbers of the lines that are not JSON objects (the first hundred)
 */
public record TranscriptReport(
    String format,
    long lines,
    Map<String, Long> skipped,
    List<Long> malformedLines,
    long malformedLineCount,
    List<String> unpricedModels) {}
