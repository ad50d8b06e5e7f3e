package dev.sessionvault.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The 200 fixed queries of 1–3 words, drawn deterministically from the corpus vocabulary: frequent
 * words (in a large share of all messages), medium and rare ones (a handful of messages), code
 * identifier parts ({@code user}, {@code token}) and whole identifiers ({@code getUserById}, {@code
 * order_id}), alone and combined.
 */
final class Queries {
  static final int COUNT = 200;

  /** Words the search syntax might read as operators: never used as query words. */
  private static final Set<String> RESERVED = Set.of("or", "and", "not");

  private Queries() {}

  static List<String> fixed(Vocabulary vocabulary) {
    Random random = new Random(Corpus.SEED ^ 0x0BE4C4L);
    Function<Random, String> frequent = r -> pick(vocabulary, r, 1, 150);
    Function<Random, String> medium = r -> pick(vocabulary, r, 300, 5_000);
    Function<Random, String> rare = r -> pick(vocabulary, r, 10_000, Vocabulary.SIZE);
    Function<Random, String> codePart =
        r -> r.nextBoolean() ? Vocabulary.noun(r).toLowerCase(Locale.ROOT) : Vocabulary.verb(r);
    Function<Random, String> identifier =
        r -> r.nextInt(3) == 0 ? Vocabulary.snake(r) : Vocabulary.camel(r);

    Set<String> queries = new LinkedHashSet<>();
    add(queries, random, 20, frequent);
    add(queries, random, 20, medium);
    add(queries, random, 20, rare);
    add(queries, random, 15, codePart);
    add(queries, random, 15, identifier);
    add(queries, random, 15, frequent, frequent);
    add(queries, random, 15, frequent, medium);
    add(queries, random, 10, medium, medium);
    add(queries, random, 10, medium, rare);
    add(queries, random, 10, codePart, frequent);
    add(queries, random, 15, frequent, frequent, frequent);
    add(queries, random, 10, frequent, medium, medium);
    add(queries, random, 10, frequent, frequent, rare);
    add(queries, random, 5, codePart, medium, frequent);
    add(queries, random, 10, frequent, medium, identifier);
    if (queries.size() != COUNT) {
      throw new IllegalStateException("expected " + COUNT + " queries, got " + queries.size());
    }
    return new ArrayList<>(queries);
  }

  @SafeVarargs
  private static void add(
      Set<String> queries, Random random, int count, Function<Random, String>... parts) {
    int target = queries.size() + count;
    while (queries.size() < target) {
      List<String> words = new ArrayList<>();
      for (Function<Random, String> part : parts) {
        String word = part.apply(random);
        if (!words.contains(word)) {
          words.add(word);
        }
      }
      if (words.size() == parts.length) {
        queries.add(String.join(" ", words));
      }
    }
  }

  private static String pick(Vocabulary vocabulary, Random random, int fromRank, int toRank) {
    while (true) {
      String word = vocabulary.word(fromRank + random.nextInt(toRank - fromRank + 1));
      if (!RESERVED.contains(word)) {
        return word;
      }
    }
  }
}
