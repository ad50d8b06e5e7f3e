package dev.sessionvault.domain.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * For every detector, generated secrets put at random places in random text never come out, and are
 * counted exactly; generated look-alikes (ids, hashes, base64, prose) come out untouched.
 */
class RedactorPropertiesTest {
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ALNUM = UPPER + "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final List<String> WORDS =
      List.of(
          "the", "build", "failed", "fix", "löschen", "函数", "résumé", "naïve", "test", ",", ".",
          "\n", "(", ")", "ok", "run", "🚀", "x", "user", "value");

  private final Redactor redactor = Redactor.builtIn();

  /** A secret as it would be written: the secret between what stays, and its detector. */
  record Secret(String before, String secret, String after, String detector) {
    String written() {
      return before + secret + after;
    }

    String redacted() {
      return before + "[REDACTED:" + detector + "]" + after;
    }
  }

  private static Arbitrary<String> chars(String alphabet, int min, int max) {
    return Arbitraries.strings()
        .withChars(alphabet.toCharArray())
        .ofMinLength(min)
        .ofMaxLength(max);
  }

  /** Random key material that holds a digit, as generated keys do. */
  private static Arbitrary<String> keyMaterial(String alphabet, int length) {
    return chars(alphabet, length, length).map(s -> s.substring(1) + "7");
  }

  @Provide
  Arbitrary<Secret> secrets() {
    return Arbitraries.oneOf(
        keyMaterial(ALNUM, 40).map(k -> whole("sk-proj-" + k, "openai-key")),
        keyMaterial(ALNUM, 48).map(k -> whole("sk-" + k, "openai-key")),
        keyMaterial(ALNUM + "_-", 60).map(k -> whole("sk-ant-api03-" + k, "anthropic-key")),
        chars(UPPER + "0123456789", 16, 16).map(k -> whole("AKIA" + k, "aws-access-key-id")),
        chars(ALNUM + "/+", 40, 40)
            .map(k -> new Secret("aws_secret_access_key=", k, "", "aws-secret-key")),
        Combinators.combine(
                Arbitraries.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), chars(ALNUM, 36, 40))
            .as((prefix, k) -> whole(prefix + k, "github-token")),
        chars(ALNUM, 22, 60).map(k -> whole("github_pat_" + k, "github-token")),
        chars(ALNUM, 20, 30).map(k -> whole("glpat-" + k, "gitlab-token")),
        Combinators.combine(
                Arbitraries.of("xoxa-", "xoxb-", "xoxp-", "xoxr-"), chars(ALNUM, 10, 40))
            .as((prefix, k) -> whole(prefix + k, "slack-token")),
        chars(ALNUM, 35, 35).map(k -> whole("AIza" + k, "google-api-key")),
        Combinators.combine(Arbitraries.of("sk_live_", "rk_live_"), chars(ALNUM, 16, 40))
            .as((prefix, k) -> whole(prefix + k, "stripe-key")),
        Combinators.combine(chars(ALNUM, 8, 30), chars(ALNUM, 8, 60), chars(ALNUM + "_-", 8, 43))
            .as((h, p, s) -> whole("eyJ" + h + ".eyJ" + p + "." + s, "jwt")),
        chars(ALNUM + "+/", 20, 200)
            .map(
                body ->
                    whole(
                        "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----",
                        "private-key")),
        chars(ALNUM + "._~+/=-", 8, 60)
            .filter(k -> !k.startsWith("eyJ"))
            .map(k -> new Secret("Authorization: Bearer ", k, "", "bearer-token")),
        chars(ALNUM + "!%&*()=+-", 1, 30)
            .filter(p -> !Detectors.PLACEHOLDER.test(p))
            .map(p -> new Secret("https://deploy:", p, "@db.example.com/x", "url-password")),
        Combinators.combine(
                Arbitraries.of("password", "DB_PASSWORD", "api_key", "client_secret", "TOKEN"),
                chars(ALNUM + "!#%&*+/=?-", 4, 30).filter(v -> !Detectors.PLACEHOLDER.test(v)))
            .as((key, v) -> new Secret(key + "=", v, "", "password-assignment")));
  }

  private static Secret whole(String secret, String detector) {
    return new Secret("", secret, "", detector);
  }

  @Property(tries = 500, seed = "20261205")
  void generatedSecretsNeverComeOutAndAreCountedExactly(
      @ForAll @Size(min = 1, max = 6) List<@From("secrets") Secret> secrets,
      @ForAll @IntRange(max = 1000) int seed) {
    Random random = new Random(seed);
    List<String> written = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 5 + random.nextInt(30); i++) {
      String word = WORDS.get(random.nextInt(WORDS.size()));
      written.add(word);
      expected.add(word);
    }
    Map<String, Long> counted = new TreeMap<>();
    for (Secret secret : secrets) {
      int at = random.nextInt(written.size() + 1);
      written.add(at, secret.written());
      expected.add(at, secret.redacted());
      counted.merge(secret.detector(), 1L, Long::sum);
    }
    String separator = random.nextBoolean() ? " " : "\n";
    String text = String.join(separator, written);
    RedactionCounts counts = new RedactionCounts();
    assertEquals(String.join(separator, expected), redactor.redact(text, counts));
    assertEquals(counted, counts.asMap(), text);
  }

  @Provide
  Arbitrary<String> lookAlikes() {
    return Arbitraries.oneOf(
        Arbitraries.create(UUID::randomUUID).map(UUID::toString),
        chars("0123456789abcdef", 40, 40),
        chars("0123456789abcdef", 64, 64),
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMinSize(1)
            .ofMaxSize(300)
            .map(b -> Base64.getEncoder().encodeToString(b)),
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMinSize(32)
            .ofMaxSize(64)
            .map(b -> "sha512-" + Base64.getEncoder().encodeToString(b)),
        Arbitraries.of(
            "Please reset your password from the account page.",
            "The secret to good tests is small steps.",
            "token counts: input 12, output 40",
            "Use an API key from the dashboard, never commit it."));
  }

  @Property(tries = 1000, seed = "20261205")
  void lookAlikesAreUntouched(
      @ForAll @Size(min = 1, max = 20) List<@From("lookAlikes") String> words) {
    String text = String.join(" ", words);
    RedactionCounts counts = new RedactionCounts();
    assertSame(text, redactor.redact(text, counts), () -> counts + " in " + text);
  }
}
