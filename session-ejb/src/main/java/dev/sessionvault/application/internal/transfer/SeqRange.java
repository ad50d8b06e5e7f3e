package dev.sessionvault.application.internal.transfer;

import java.io.IOException;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The parts of a session numbered 1 to {@code last}, read a page at a time and handed on in order,
 * so that no more than a page is held; parts numbered after {@code last} (appended meanwhile) are
 * left out.
 */
final class SeqRange {
  static final int PAGE = 500;

  /** One page: up to {@code limit} parts numbered above {@code afterSeq}, in order. */
  interface Pages<E> {
    List<E> after(long afterSeq, int limit);
  }

  /** What is done with each part; may write to a stream. */
  interface Each<E> {
    void accept(E part) throws IOException;
  }

  private SeqRange() {}

  /** Hands on every part up to {@code last}; returns the number of the last one handed on. */
  static <E> long forEach(long last, Pages<E> pages, ToLongFunction<E> seq, Each<E> each)
      throws IOException {
    long after = 0;
    while (after < last) {
      List<E> page = pages.after(after, (int) Math.min(PAGE, last - after));
      if (page.isEmpty()) {
        break;
      }
      for (E part : page) {
        each.accept(part);
      }
      after = seq.applyAsLong(page.get(page.size() - 1));
    }
    return after;
  }
}
