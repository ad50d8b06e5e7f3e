package dev.sessionvault.application.internal;

import dev.sessionvault.application.view.session.SeqPageView;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Slices of ordered sequences: the repository reads one row more than asked to know if more follow.
 */
final class SeqPages {
  private SeqPages() {}

  static <E, V> SeqPageView<V> of(
      List<E> limitPlusOne, long afterSeq, int limit, ToLongFunction<E> seq, Function<E, V> view) {
    boolean hasMore = limitPlusOne.size() > limit;
    List<E> page = limitPlusOne.subList(0, Math.min(limit, limitPlusOne.size()));
    long next = page.isEmpty() ? afterSeq : seq.applyAsLong(page.get(page.size() - 1));
    return new SeqPageView<>(page.stream().map(view).toList(), afterSeq, limit, next, hasMore);
  }
}
