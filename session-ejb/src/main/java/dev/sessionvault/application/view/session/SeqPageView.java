package dev.sessionvault.application.view.session;

import java.util.List;

/**
 * A slice of an ordered sequence (messages, interactions) after a given seq. To read on, ask again
 * with {@code afterSeq = nextAfterSeq} while {@code hasMore} is true.
 */
public record SeqPageView<T>(
    List<T> items, long afterSeq, int limit, long nextAfterSeq, boolean hasMore) {}
