package dev.sessionvault.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The deterministic synthetic corpus: {@code sessions} sessions sharing {@code messages} messages
 * of about 300 characters (English prose mixed with code identifiers and paths). Every session is
 * generated from its own seed, so any session can be regenerated alone, in any order, by the HTTP
 * loader and by the in-process Lucene floor alike.
 */
final class Corpus {
  static final long SEED = 0x5E55_1011_0000_2026L;

  static final String[] AGENTS = {"claude_code", "codex", "aider", "cline"};
  static final String[] MODELS = {
    "claude-sonnet-4", "claude-opus-4", "gpt-5-codex", "gpt-4.1", "gemini-2.5-pro"
  };
  static final String[] TAGS = {
    "auth",
    "flaky",
    "bug",
    "feature",
    "refactor",
    "perf",
    "ci",
    "docs",
    "security",
    "infra",
    "ui",
    "api",
    "db",
    "migration",
    "hotfix",
    "spike"
  };

  record Message(String role, String toolName, String content) {}

  record Session(
      int index,
      String name,
      String agent,
      String model,
      List<String> tags,
      List<Message> messages) {}

  final int messages;
  final int sessions;
  final Vocabulary vocabulary;

  Corpus(int messages, int sessions) {
    if (sessions < 1 || messages < sessions) {
      throw new IllegalArgumentException("need 1 <= sessions <= messages");
    }
    this.messages = messages;
    this.sessions = sessions;
    this.vocabulary = new Vocabulary(SEED);
  }

  int messagesOf(int session) {
    return messages / sessions + (session < messages % sessions ? 1 : 0);
  }

  Session session(int index) {
    Random random = new Random(SEED * 31 + index);
    StringBuilder name = new StringBuilder();
    int words = 2 + random.nextInt(4);
    for (int i = 0; i < words; i++) {
      String word = vocabulary.word(1 + random.nextInt(400));
      name.append(i == 0 ? capitalize(word) : " " + word);
    }
    List<String> tags = new ArrayList<>();
    int tagCount = 1 + random.nextInt(3);
    for (int i = 0; i < tagCount; i++) {
      String tag = TAGS[random.nextInt(TAGS.length)];
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    String agent = AGENTS[random.nextInt(AGENTS.length)];
    String model = MODELS[random.nextInt(MODELS.length)];
    int count = messagesOf(index);
    List<Message> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String role;
      if (i % 2 == 1) {
        role = "assistant";
      } else if (i > 0 && random.nextInt(100) < 15) {
        role = "tool";
      } else {
        role = "user";
      }
      double codeShare =
          switch (role) {
            case "user" -> 0.08;
            case "assistant" -> 0.16;
            default -> 0.35;
          };
      list.add(
          new Message(
              role,
              role.equals("tool") ? "Bash" : null,
              text(random, 250 + random.nextInt(101), codeShare)));
    }
    return new Session(index, name.toString(), agent, model, List.copyOf(tags), list);
  }

  private String text(Random random, int length, double codeShare) {
    StringBuilder text = new StringBuilder(length + 40);
    boolean sentenceStart = true;
    int wordsInSentence = 0;
    int sentenceLength = 6 + random.nextInt(10);
    while (text.length() < length) {
      String token;
      double r = random.nextDouble();
      if (r < codeShare) {
        double kind = random.nextDouble();
        if (kind < 0.6) {
          token = Vocabulary.camel(random);
        } else if (kind < 0.85) {
          token = Vocabulary.snake(random);
        } else {
          token = Vocabulary.path(random);
        }
        if (random.nextInt(4) == 0) {
          token = "`" + token + "`";
        }
      } else {
        token = vocabulary.prose(random);
        if (sentenceStart) {
          token = capitalize(token);
        }
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(token);
      sentenceStart = false;
      wordsInSentence++;
      if (wordsInSentence >= sentenceLength) {
        text.append(random.nextInt(5) == 0 ? "?" : ".");
        sentenceStart = true;
        wordsInSentence = 0;
        sentenceLength = 6 + random.nextInt(10);
      } else if (random.nextInt(12) == 0) {
        text.append(',');
      }
    }
    if (!sentenceStart) {
      text.append('.');
    }
    return text.toString();
  }

  private static String capitalize(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
