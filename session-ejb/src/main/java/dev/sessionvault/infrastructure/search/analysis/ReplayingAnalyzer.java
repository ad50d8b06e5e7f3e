package dev.sessionvault.infrastructure.search.analysis;

import dev.sessionvault.infrastructure.search.SearchableTextBinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.CloseableThreadLocal;

/**
 * An analyzer that gives the tokens of another, and gives them again without analysing when a
 * thread asks for the same text twice in a row. A hit's own text is indexed twice, as its {@code
 * content} and as the first value of its {@code text} ({@link SearchableTextBinder}), one right
 * after the other: the second time costs a replay of the recorded tokens instead of the whole
 * chain, which was most of the indexing thread's time (BENCHMARKS.md, "Indexing").
 *
 * <p>It records, per token, exactly what indexing and highlighting read: the term, the position
 * increment and length, the offsets, the type and the keyword flag; and the final offset and
 * position increment that {@code end()} leaves.
 */
public final class ReplayingAnalyzer extends Analyzer {
  private final Analyzer chain;
  private final CloseableThreadLocal<Recording> last = new CloseableThreadLocal<>();

  public ReplayingAnalyzer(Analyzer chain) {
    this.chain = chain;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new ReplayTokenizer(fieldName));
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return chain.getPositionIncrementGap(fieldName);
  }

  @Override
  public int getOffsetGap(String fieldName) {
    return chain.getOffsetGap(fieldName);
  }

  @Override
  public void close() {
    last.close();
    chain.close();
    super.close();
  }

  /** The tokens of one text, in arrays. */
  private static final class Recording {
    String text;
    int count;
    char[][] terms = new char[64][];
    int[] termLengths = new int[64];
    int[] increments = new int[64];
    int[] lengths = new int[64];
    int[] starts = new int[64];
    int[] ends = new int[64];
    String[] types = new String[64];
    boolean[] keywords = new boolean[64];
    int finalOffset;
    int finalIncrement;

    void clear() {
      text = null;
      count = 0;
    }

    void add(
        CharTermAttribute term,
        PositionIncrementAttribute increment,
        PositionLengthAttribute length,
        OffsetAttribute offset,
        TypeAttribute type,
        KeywordAttribute keyword) {
      if (count == termLengths.length) {
        int size = count * 2;
        terms = Arrays.copyOf(terms, size);
        termLengths = Arrays.copyOf(termLengths, size);
        increments = Arrays.copyOf(increments, size);
        lengths = Arrays.copyOf(lengths, size);
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        types = Arrays.copyOf(types, size);
        keywords = Arrays.copyOf(keywords, size);
      }
      char[] buffer = terms[count];
      if (buffer == null || buffer.length < term.length()) {
        buffer = new char[Math.max(16, term.length())];
        terms[count] = buffer;
      }
      System.arraycopy(term.buffer(), 0, buffer, 0, term.length());
      termLengths[count] = term.length();
      increments[count] = increment.getPositionIncrement();
      lengths[count] = length.getPositionLength();
      starts[count] = offset.startOffset();
      ends[count] = offset.endOffset();
      types[count] = type.type();
      keywords[count] = keyword.isKeyword();
      count++;
    }
  }

  /** Reads its whole input, then replays the recording of that text, made now or just before. */
  private final class ReplayTokenizer extends Tokenizer {
    private final String field;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final StringBuilder whole = new StringBuilder();
    private final char[] chunk = new char[4096];
    private Recording recording;
    private int next;

    ReplayTokenizer(String field) {
      this.field = field;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      whole.setLength(0);
      for (int read = input.read(chunk); read >= 0; read = input.read(chunk)) {
        whole.append(chunk, 0, read);
      }
      String text = whole.toString();
      Recording previous = last.get();
      if (previous == null) {
        previous = new Recording();
        last.set(previous);
      }
      // the chain analyses every field alike: content's tokens serve text's first value
      if (!text.equals(previous.text)) {
        record(previous, text);
      }
      recording = previous;
      next = 0;
    }

    private void record(Recording into, String text) {
      into.clear(); // a failure below must not leave a half recording for this text
      try (TokenStream stream = chain.tokenStream(field, text)) {
        CharTermAttribute t = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute i = stream.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute l = stream.addAttribute(PositionLengthAttribute.class);
        OffsetAttribute o = stream.addAttribute(OffsetAttribute.class);
        TypeAttribute y = stream.addAttribute(TypeAttribute.class);
        KeywordAttribute k = stream.addAttribute(KeywordAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          into.add(t, i, l, o, y, k);
        }
        stream.end();
        into.finalOffset = o.endOffset();
        into.finalIncrement = i.getPositionIncrement();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      into.text = text;
    }

    @Override
    public boolean incrementToken() {
      if (next >= recording.count) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(recording.terms[next], 0, recording.termLengths[next]);
      increment.setPositionIncrement(recording.increments[next]);
      length.setPositionLength(recording.lengths[next]);
      offset.setOffset(correctOffset(recording.starts[next]), correctOffset(recording.ends[next]));
      type.setType(recording.types[next]);
      keyword.setKeyword(recording.keywords[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      int end = correctOffset(recording.finalOffset);
      offset.setOffset(end, end);
      increment.setPositionIncrement(recording.finalIncrement);
    }
  }
}
