package dev.sessionvault.infrastructure.search;

import dev.sessionvault.domain.search.SearchQuery;
import dev.sessionvault.infrastructure.search.analysis.CodeWordTokenizerFactory;
import dev.sessionvault.infrastructure.search.analysis.SearchAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;

/**
 * Marks a query's words in the text a hit already carries (its projected {@code content}), in
 * HTML-escaped fragments where only {@code <mark>} is markup.
 *
 * <p>It finds the words as the index found them: every word of the text (a run of letters, digits
 * and underscores, as {@link CodeWordTokenizerFactory} splits) goes through the index analyzer
 * ({@link SearchAnalyzers#TEXT}) on its own, which gives the same terms, offsets and positions as
 * in the whole text, because no filter of that chain looks past a word. What a word yields is
 * remembered, so a hit costs a few map lookups per word instead of reading term vectors and the
 * stored document again, which the fast vector highlighter did for every hit: a third of a search's
 * time (BENCHMARKS.md).
 *
 * <p>Longer than 300 lines because finding the marks and cutting the fragments work on the same
 * offsets and the same per-word cache.
 */
final class ContentHighlighter {
  static final String MARK_OPEN = "<mark>";
  static final String MARK_CLOSE = "</mark>";

  /** A fragment starts this many characters before its first match... */
  private static final int MARGIN = 6;

  /** ...and its ends move to the nearest whitespace within this many characters. */
  private static final int BOUNDARY_SCAN = 20;

  /** Words remembered; past this the memory starts again (the common words return at once). */
  private static final int REMEMBERED_WORDS = 100_000;

  /** Longer words are analysed each time: they are rare and would fill the memory. */
  private static final int REMEMBERED_WORD_LENGTH = 64;

  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final Map<String, WordToken[]> words = new ConcurrentHashMap<>();

  ContentHighlighter(Analyzer indexAnalyzer, Analyzer queryAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
    this.queryAnalyzer = queryAnalyzer;
  }

  /** A term of a word: where it is in the word, and its position counted from the word's first. */
  private record WordToken(String term, int start, int end, int position) {}

  /**
   * What a query marks: its words as single terms, its phrases (and words the analyzer splits, like
   * {@code main/java}) as terms at consecutive positions, its {@code prefix*} words. Excluded words
   * and field filters mark nothing.
   */
  record Marks(Map<String, Integer> terms, List<List<String>> phrases, List<String> prefixes) {
    boolean isEmpty() {
      return terms.isEmpty() && phrases.isEmpty() && prefixes.isEmpty();
    }

    /** The bit of the query word this term matches (words, then prefixes, then phrases); or 0. */
    private int bitOf(String term) {
      Integer index = terms.get(term);
      if (index != null) {
        return bit(index);
      }
      for (int i = 0; i < prefixes.size(); i++) {
        if (term.startsWith(prefixes.get(i))) {
          return bit(terms.size() + i);
        }
      }
      return 0;
    }

    private int phraseBit(int phrase) {
      return bit(terms.size() + prefixes.size() + phrase);
    }

    /** Past 31 query words, the last bit stands for all the others. */
    private static int bit(int index) {
      return 1 << Math.min(index, 31);
    }
  }

  Marks marks(SearchQuery query) {
    Marks marks = new Marks(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
    collect(query, marks);
    return marks;
  }

  private void collect(SearchQuery query, Marks marks) {
    // Java 17: no pattern matching for switch yet
    if (query instanceof SearchQuery.Word word && word.prefix()) {
      // as QueryTranslator's wildcard: compared with the indexed terms as typed, lower-cased
      marks.prefixes().add(word.text().toLowerCase(Locale.ROOT));
    } else if (query instanceof SearchQuery.Word word) {
      addWords(word.text(), marks);
    } else if (query instanceof SearchQuery.Phrase phrase) {
      addWords(phrase.text(), marks);
    } else if (query instanceof SearchQuery.All all) {
      all.parts().forEach(part -> collect(part, marks));
    } else if (query instanceof SearchQuery.Any any) {
      any.parts().forEach(part -> collect(part, marks));
    }
  }

  private void addWords(String text, Marks marks) {
    List<String> terms = new ArrayList<>();
    for (WordToken token : analyze(queryAnalyzer, text)) {
      terms.add(token.term());
    }
    if (terms.size() == 1) {
      marks.terms().putIfAbsent(terms.get(0), marks.terms().size());
    } else if (terms.size() > 1) {
      marks.phrases().add(List.copyOf(terms));
    }
  }

  /**
   * Up to {@code maxFragments} fragments of about {@code fragmentSize} characters around the marked
   * words, the ones with the most marks first; empty when nothing in the text is marked.
   */
  List<String> fragments(String text, Marks marks, int fragmentSize, int maxFragments) {
    if (text == null || text.isEmpty() || marks.isEmpty()) {
      return List.of();
    }
    List<int[]> spans = merge(markedSpans(text, marks));
    if (spans.isEmpty()) {
      return List.of();
    }
    List<Fragment> fragments = new ArrayList<>();
    int next = 0;
    int previousEnd = 0;
    while (next < spans.size()) {
      int first = next;
      // a short text is shown whole; a long one from a little before the first mark on
      int start = Math.max(0, Math.min(spans.get(first)[0] - MARGIN, text.length() - fragmentSize));
      start = Math.max(previousEnd, boundaryBefore(text, start));
      int end = Math.max(spans.get(first)[1], Math.min(text.length(), start + fragmentSize));
      int last = first;
      while (last + 1 < spans.size() && spans.get(last + 1)[1] <= end) {
        last++;
      }
      int limit = last + 1 < spans.size() ? spans.get(last + 1)[0] : text.length();
      int markEnd = spans.get(last)[1];
      end = boundaryAfter(text, Math.max(end, markEnd), limit, markEnd);
      fragments.add(new Fragment(start, end, spans.subList(first, last + 1)));
      previousEnd = end;
      next = last + 1;
    }
    return fragments.stream()
        .sorted(
            Comparator.comparingInt(Fragment::distinctWords)
                .reversed()
                .thenComparing(Comparator.comparingInt((Fragment f) -> f.spans().size()).reversed())
                .thenComparingInt(Fragment::start))
        .limit(maxFragments)
        .map(fragment -> render(text, fragment))
        .toList();
  }

  /** Where a fragment starts and ends, and its marks ({start, end, query word bits}). */
  private record Fragment(int start, int end, List<int[]> spans) {
    int distinctWords() {
      int bits = 0;
      for (int[] span : spans) {
        bits |= span[2];
      }
      return Integer.bitCount(bits);
    }
  }

  /** Where the marked terms, and the terms of phrases found in order, are in the text. */
  private List<int[]> markedSpans(String text, Marks marks) {
    List<int[]> spans = new ArrayList<>();
    List<int[]> tokens = marks.phrases().isEmpty() ? null : new ArrayList<>();
    List<String> tokenTerms = marks.phrases().isEmpty() ? null : new ArrayList<>();
    int base = 0;
    int i = 0;
    int length = text.length();
    while (i < length) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < length && isWordChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      WordToken[] word = word(text.substring(start, i));
      int span = 0;
      for (WordToken token : word) {
        int bit = marks.bitOf(token.term());
        if (bit != 0) {
          spans.add(new int[] {start + token.start(), start + token.end(), bit});
        }
        if (tokens != null) {
          tokens.add(
              new int[] {start + token.start(), start + token.end(), base + token.position()});
          tokenTerms.add(token.term());
        }
        span = Math.max(span, token.position() + 1);
      }
      // a word the chain drops still takes a position, as the filters leave a gap for it
      base += Math.max(span, 1);
    }
    if (tokens != null) {
      markPhrases(marks, tokens, tokenTerms, spans);
    }
    return spans;
  }

  /** Marks each occurrence of a phrase's terms at consecutive positions. */
  private static void markPhrases(
      Marks marks, List<int[]> tokens, List<String> terms, List<int[]> spans) {
    for (int index = 0; index < marks.phrases().size(); index++) {
      List<String> phrase = marks.phrases().get(index);
      int bit = marks.phraseBit(index);
      for (int t = 0; t < tokens.size(); t++) {
        if (!terms.get(t).equals(phrase.get(0))) {
          continue;
        }
        List<int[]> found = new ArrayList<>();
        found.add(tokens.get(t));
        int position = tokens.get(t)[2];
        for (int p = 1; p < phrase.size() && found.size() == p; p++) {
          int wanted = position + p;
          for (int u = t + 1; u < tokens.size() && tokens.get(u)[2] <= wanted; u++) {
            if (tokens.get(u)[2] == wanted && terms.get(u).equals(phrase.get(p))) {
              found.add(tokens.get(u));
              break;
            }
          }
        }
        if (found.size() == phrase.size()) {
          found.forEach(token -> spans.add(new int[] {token[0], token[1], bit}));
        }
      }
    }
  }

  /**
   * Sorted by start; overlapping or touching marks (a whole identifier and its part, the parts of
   * {@code get user by id}) become one.
   */
  private static List<int[]> merge(List<int[]> spans) {
    spans.sort(Comparator.comparingInt((int[] span) -> span[0]).thenComparingInt(span -> -span[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] span : spans) {
      int[] previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (previous != null && span[0] <= previous[1]) {
        previous[1] = Math.max(previous[1], span[1]);
        previous[2] |= span[2];
      } else {
        merged.add(new int[] {span[0], span[1], span[2]});
      }
    }
    return merged;
  }

  /** The word's tokens, remembered. */
  private WordToken[] word(String word) {
    if (word.length() > REMEMBERED_WORD_LENGTH) {
      return analyze(indexAnalyzer, word).toArray(WordToken[]::new);
    }
    WordToken[] tokens = words.get(word);
    if (tokens == null) {
      tokens = analyze(indexAnalyzer, word).toArray(WordToken[]::new);
      if (words.size() >= REMEMBERED_WORDS) {
        words.clear();
      }
      words.put(word, tokens);
    }
    return tokens;
  }

  private static List<WordToken> analyze(Analyzer analyzer, String text) {
    List<WordToken> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(SearchFields.CONTENT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(
            new WordToken(
                term.toString(), offset.startOffset(), offset.endOffset(), Math.max(position, 0)));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse a word to highlight", e); // in-memory: never
    }
    return tokens;
  }

  /** Letters, digits (of any script) and the underscore: what the tokenizer keeps. */
  static boolean isWordChar(int cp) {
    return CodeWordTokenizerFactory.isWordChar(cp);
  }

  /** Just after the nearest whitespace at most {@value #BOUNDARY_SCAN} characters back. */
  private static int boundaryBefore(String text, int start) {
    for (int i = start; i >= 0 && start - i <= BOUNDARY_SCAN; i--) {
      if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    return start;
  }

  /**
   * At the nearest whitespace at most {@value #BOUNDARY_SCAN} characters on, or at the end of the
   * text, never past {@code limit} (where the next fragment's first mark starts); else at the last
   * whitespace after the fragment's last mark ({@code markEnd}), so that no word is cut.
   */
  private static int boundaryAfter(String text, int end, int limit, int markEnd) {
    int stop = Math.min(limit, end + BOUNDARY_SCAN);
    for (int i = end; i < stop; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    if (stop == text.length()) {
      return stop;
    }
    for (int i = Math.min(end, limit); i > markEnd; i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i - 1;
      }
    }
    return Math.min(end, limit);
  }

  private static String render(String text, Fragment fragment) {
    StringBuilder html = new StringBuilder(fragment.end() - fragment.start() + 32);
    int at = fragment.start();
    for (int[] span : fragment.spans()) {
      html.append(SimpleHTMLEncoder.htmlEncode(text.substring(at, span[0])));
      html.append(MARK_OPEN)
          .append(SimpleHTMLEncoder.htmlEncode(text.substring(span[0], span[1])))
          .append(MARK_CLOSE);
      at = span[1];
    }
    html.append(SimpleHTMLEncoder.htmlEncode(text.substring(at, fragment.end())));
    return html.toString().strip();
  }
}
