package dev.sessionvault.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The words of the synthetic corpus, ranked by frequency: a few hundred real English words (the
 * most frequent ranks, so most prose reads as English) followed by deterministic pronounceable
 * pseudo-words for the long tail. Words are drawn with a Zipf distribution, so the top ranks occur
 * in most messages and the bottom ranks in a handful. Code identifiers come from their own small
 * vocabulary (verbs, nouns, suffixes), also Zipf-ranked.
 */
final class Vocabulary {
  /** Number of distinct prose words. */
  static final int SIZE = 50_000;

  /** Zipf exponent of the prose words. */
  static final double EXPONENT = 1.1;

  private static final String ENGLISH =
      """
      the to a of and in is it that for this you with on be not are as we can if but have so from
      at or will by an was should use all do there what just now when which one then file test
      error function code need make let has like run more also here new into only would could some
      out value change check because them they how each before after method class return call data
      type line case fix add build first see may update other where time fails failing user server
      request response instead still again looks about why works working without already missing
      null list string object config version module import field right wrong issue problem bug
      flaky login page button query database index search cache session token timeout retry
      connection deploy release branch commit merge review refactor rename remove delete create
      write read open close start stop handle parse load save send receive compute validate render
      format print log debug trace exception stack thread lock race condition async await promise
      callback event listener handler service controller repository entity model view template
      component state props hook effect route path url header body status json yaml schema
      migration table column row key map array set loop variable constant parameter argument
      default option flag environment docker container image cluster node pod memory cpu disk
      network port host client api endpoint auth password secret permission role access admin
      account order payment invoice customer product cart price total count number size length
      limit offset sort filter group result output input source target local remote global private
      public static final abstract interface generic optional nullable empty valid invalid correct
      simple small large fast slow better good bad same different similar whole part rest next
      previous last current latest old note idea plan step approach solution reason example sample
      mock stub fixture assertion expect actual expected pass passes passed failed green red
      coverage suite unit integration performance benchmark latency throughput profile metric
      alert dashboard report summary detail description comment documentation readme guide manual
      tutorial understand explain think suggest prefer keep move split extract inline wrap catch
      throw raise ignore skip allow block wait sleep poll queue worker batch stream buffer chunk
      byte char integer boolean double float decimal date timestamp zone locale encoding utf
      unicode escape quote bracket brace semicolon comma space tab newline whitespace indent lint
      style warning deprecated upgrade downgrade dependency package library framework plugin
      runtime compile compiler binary script shell terminal command prompt history undo redo
      happy sure maybe probably actually really quite very much many few most least almost never
      always often usually sometimes today tomorrow yesterday morning evening later soon quickly
      slowly carefully properly correctly safely easily finally please thanks sorry great nice
      """;

  private static final String[] ONSETS = {
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br",
    "cr", "dr", "fl", "gr", "pl", "st", "tr", "sh", "ch", "th", "qu", "sl", "sp"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"};
  private static final String[] CODAS = {"", "", "", "n", "r", "s", "l", "m", "t", "x", "nd", "st"};

  static final String[] VERBS = {
    "get",
    "set",
    "find",
    "create",
    "update",
    "delete",
    "load",
    "save",
    "parse",
    "handle",
    "build",
    "validate",
    "fetch",
    "render",
    "compute",
    "resolve",
    "init",
    "process",
    "check",
    "send"
  };
  static final String[] NOUNS = {
    "User",
    "Order",
    "Session",
    "Token",
    "Config",
    "Account",
    "Message",
    "Payment",
    "Invoice",
    "Cart",
    "Product",
    "Request",
    "Response",
    "Cache",
    "Index",
    "Query",
    "Event",
    "File",
    "Task",
    "Job",
    "Report",
    "Item",
    "Customer",
    "Connection",
    "Transaction"
  };
  static final String[] SUFFIXES = {
    "", "", "", "ById", "ByName", "Async", "List", "s", "IfAbsent", "ForUser", "Count", "Handler"
  };
  static final String[] SNAKE_FIELDS = {
    "id", "name", "count", "total", "status", "created_at", "updated_at", "token", "type", "key"
  };
  static final String[] MODULES = {"auth", "billing", "search", "api", "core", "web", "jobs", "ui"};

  private final String[] words;
  private final double[] cdf;

  Vocabulary(long seed) {
    Set<String> all = new LinkedHashSet<>(Arrays.asList(ENGLISH.trim().split("\\s+")));
    int english = all.size();
    Random random = new Random(seed);
    while (all.size() < SIZE) {
      StringBuilder word = new StringBuilder();
      int syllables = 2 + random.nextInt(2);
      for (int i = 0; i < syllables; i++) {
        word.append(ONSETS[random.nextInt(ONSETS.length)]);
        word.append(VOWELS[random.nextInt(VOWELS.length)]);
        if (i == syllables - 1 || random.nextInt(3) == 0) {
          word.append(CODAS[random.nextInt(CODAS.length)]);
        }
      }
      all.add(word.toString());
    }
    words = all.toArray(String[]::new);
    cdf = zipfCdf(SIZE, EXPONENT);
    if (english < 300) {
      throw new IllegalStateException("English head too small: " + english);
    }
  }

  static double[] zipfCdf(int n, double exponent) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int r = 1; r <= n; r++) {
      sum += Math.pow(r, -exponent);
      cdf[r - 1] = sum;
    }
    for (int i = 0; i < n; i++) {
      cdf[i] /= sum;
    }
    return cdf;
  }

  /** A rank drawn from the Zipf distribution, from 1 (most frequent). */
  static int zipfRank(double[] cdf, Random random) {
    int i = Arrays.binarySearch(cdf, random.nextDouble());
    return (i >= 0 ? i : -i - 1) + 1;
  }

  /** The word of a rank, 1 being the most frequent. */
  String word(int rank) {
    return words[rank - 1];
  }

  String prose(Random random) {
    return word(Math.min(SIZE, zipfRank(cdf, random)));
  }

  private static final double[] VERB_CDF = zipfCdf(VERBS.length, 1.0);
  private static final double[] NOUN_CDF = zipfCdf(NOUNS.length, 1.0);
  private static final double[] SUFFIX_CDF = zipfCdf(SUFFIXES.length, 0.7);

  static String verb(Random random) {
    return VERBS[zipfRank(VERB_CDF, random) - 1];
  }

  static String noun(Random random) {
    return NOUNS[zipfRank(NOUN_CDF, random) - 1];
  }

  /** A camelCase identifier: {@code getUserById}, {@code saveOrders}. */
  static String camel(Random random) {
    return verb(random) + noun(random) + SUFFIXES[zipfRank(SUFFIX_CDF, random) - 1];
  }

  /** A snake_case identifier: {@code user_id}, {@code order_created_at}. */
  static String snake(Random random) {
    return noun(random).toLowerCase(Locale.ROOT)
        + "_"
        + SNAKE_FIELDS[random.nextInt(SNAKE_FIELDS.length)];
  }

  /** A source path: {@code src/main/java/com/acme/auth/UserService.java}. */
  static String path(Random random) {
    String module = MODULES[random.nextInt(MODULES.length)];
    String noun = noun(random);
    return switch (random.nextInt(4)) {
      case 0 -> "src/main/java/com/acme/" + module + "/" + noun + "Service.java";
      case 1 -> "src/test/java/com/acme/" + module + "/" + noun + "ServiceTest.java";
      case 2 -> module + "/" + noun.toLowerCase(Locale.ROOT) + "_handler.py";
      default -> "web/src/components/" + noun + "List.tsx";
    };
  }

  /** Every word, most frequent first (for queries). */
  List<String> words() {
    return new ArrayList<>(Arrays.asList(words));
  }
}
