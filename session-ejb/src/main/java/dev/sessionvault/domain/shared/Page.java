package dev.sessionvault.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results and the exact total number of matches. */
public record Page<T>(List<T> items, PageRequest request, long total) {
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), request, total);
  }
}
