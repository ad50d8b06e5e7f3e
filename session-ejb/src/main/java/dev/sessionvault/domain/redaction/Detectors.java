package dev.sessionvault.domain.redaction;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The built-in detectors, in the order they run: specific formats first (a JWT inside a bearer
 * header is reported as a JWT), assignments last. Each one's pattern leaves a marker alone, so
 * redacting twice changes nothing.
 */
public final class Detectors {
  /** Values of assignments and URLs that stand for a secret without being one. */
  static final Predicate<String> PLACEHOLDER =
      value -> {
        String v = value.toLowerCase(Locale.ROOT);
        return v.startsWith("$")
            || v.startsWith("<")
            || v.startsWith("{")
            || v.startsWith("%(")
            || v.startsWith("[redacted:")
            || v.chars().allMatch(c -> c == '*' || c == 'x' || c == '.')
            || List.of("null", "none", "undefined", "true", "false", "string", "required")
                .contains(v);
      };

  private static final Predicate<String> NEVER = value -> false;

  /** A secret is never an already placed marker. */
  private static final String NOT_MARKER = "(?!\\[REDACTED:)";

  /** Words that name a secret in an assignment, possibly prefixed ({@code DB_PASSWORD}). */
  private static final String SECRET_NAMES =
      "(?<![A-Za-z0-9])(?:[A-Za-z0-9]+[_.-])*(?i:password|passwd|pwd|passphrase|secret|token"
          + "|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|client[_-]?secret"
          + "|auth[_-]?token|access[_-]?token|refresh[_-]?token)";

  private Detectors() {}

  public static List<Detector> builtIn() {
    return List.of(
        detector(
            "private-key",
            "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]*?"
                + "-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----",
            "PRIVATE KEY"),
        detector(
            "jwt",
            "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}",
            "eyJ"),
        detector("anthropic-key", "(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,}", "sk-ant-"),
        detector(
            "openai-key",
            // a real key is random: at least one digit among 20 or more characters
            "(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-)?(?=[A-Za-z0-9_-]*[0-9])"
                + "[A-Za-z0-9_-]{20,}",
            "sk-"),
        detector(
            "aws-access-key-id",
            "(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])",
            "AKIA",
            "ASIA",
            "ABIA",
            "ACCA"),
        partial(
            "aws-secret-key",
            "(?i:aws_?secret_?access_?key|aws_?secret_?key)[\"']?\\s*[:=]\\s*[\"']?"
                + NOT_MARKER
                + "(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])",
            "secret"),
        detector(
            "github-token",
            "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})",
            "gh",
            "github_pat_"),
        detector("gitlab-token", "(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}", "glpat-"),
        detector("slack-token", "(?<![A-Za-z0-9_-])xox[abpr]-[A-Za-z0-9-]{10,}", "xox"),
        detector(
            "google-api-key", "(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])", "AIza"),
        detector("stripe-key", "(?<![A-Za-z0-9_])(?:sk|rk)_live_[0-9A-Za-z]{16,}", "_live_"),
        partial(
            "bearer-token",
            "(?i:authorization)[\"']?\\s*[:=]\\s*[\"']?(?i:bearer)\\s+"
                + NOT_MARKER
                + "(?<secret>[A-Za-z0-9._~+/=-]{8,})",
            "bearer"),
        partial(
            "url-password",
            "(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://[^\\s:/?#@\\[\\]\"'<>]+:"
                + NOT_MARKER
                + "(?<secret>[^\\s/?#@\\[\\]\"'<>]+)@",
            "://"),
        partial(
            "password-assignment",
            // key = value, or key: followed by a quoted value or one with a digit or symbol, so
            // that prose ("password: reset it in settings") is left alone
            SECRET_NAMES
                + "[\"']?\\s*(?:=\\s*[\"']?"
                + NOT_MARKER
                + "(?<secret>[^\\s\"',;]+)|:\\s*(?:[\"']"
                + NOT_MARKER
                + "(?<quoted>[^\"'\\n]+)[\"']|"
                + NOT_MARKER
                + "(?<bare>(?=[^\\s\"',;]*[0-9!@#%^&*+/=?_~-])[^\\s\"',;]{4,})))",
            "pass",
            "pwd",
            "secret",
            "token",
            "key"));
  }

  private static Detector detector(String name, String regex, String... hints) {
    return new Detector(name, Pattern.compile(regex), List.of(hints), NEVER);
  }

  private static Detector partial(String name, String regex, String... hints) {
    return new Detector(name, Pattern.compile(regex), List.of(hints), PLACEHOLDER);
  }
}
