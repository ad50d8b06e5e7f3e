package dev.sessionvault.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The queries of the search benchmark. The 200 fixed queries of 1–3 words, drawn deterministically
 * from the corpus vocabulary: frequent words (in a large share of all messages), medium and rare
 * ones (a handful of messages), code identifier parts ({@code user}, {@code token}) and whole
 * identifiers ({@code getUserById}, {@code order_id}), alone and combined; they warm up and are
 * measured again and again. And fresh queries, drawn from random messages of the corpus with a seed
 * of the run's own, each measured once: words the server has not been asked about in that
 * combination.
 */
final class Queries {
  static final int COUNT = 200;

  /** Fresh queries per run, unless told otherwise. */
  static final int FRESH_COUNT = 600;

  /** A word as the application's tokenizer splits text: a run of letters, digits, underscores. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

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

  /**
   * {@code count} distinct queries of 1–3 words, each taken from one random message of the corpus
   * (a random session, a random message of it, random words of that message, in the message's
   * order, as written): the words as the tokenizer splits them, without words of one character and
   * the words the fixed queries avoid ({@code or}, {@code and}, {@code not}, in any case; {@code
   * OR} is the query language's). Two queries of the same words (in any order or case) count once,
   * and none is a fixed query: the warm-up runs on those. Deterministic for a given seed.
   */
  static List<String> fresh(Corpus corpus, long seed, int count) {
    Random random = new Random(seed);
    Set<String> seen = new HashSet<>();
    for (String query : fixed(corpus.vocabulary)) {
      seen.add(key(query));
    }
    List<String> queries = new ArrayList<>(count);
    int attempts = 0;
    while (queries.size() < count) {
      if (++attempts > count * 1_000) {
        throw new IllegalStateException(
            "could not draw " + count + " distinct fresh queries from the corpus");
      }
      Corpus.Session session = corpus.session(random.nextInt(corpus.sessions));
      List<Corpus.Message> messages = session.messages();
      String content = messages.get(random.nextInt(messages.size())).content();
      List<String> words = new ArrayList<>();
      Set<String> distinct = new HashSet<>();
      Matcher matcher = WORD.matcher(content);
      while (matcher.find()) {
        String word = matcher.group();
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() > 1 && !RESERVED.contains(lower) && distinct.add(lower)) {
          words.add(word);
        }
      }
      int size = Math.min(words.size(), 1 + random.nextInt(3));
      if (size == 0) {
        continue;
      }
      // a random choice of `size` words, kept in the message's order
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        positions.add(i);
      }
      Collections.shuffle(positions, random);
      List<Integer> chosen = new ArrayList<>(positions.subList(0, size));
      Collections.sort(chosen);
      StringBuilder query = new StringBuilder();
      for (int i : chosen) {
        query.append(query.length() == 0 ? "" : " ").append(words.get(i));
      }
      if (seen.add(key(query.toString()))) {
        queries.add(query.toString());
      }
    }
    return queries;
  }

  /** The same words in any order or case are the same query. */
  private static String key(String query) {
    String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
    Arrays.sort(words);
    return String.join(" ", words);
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
