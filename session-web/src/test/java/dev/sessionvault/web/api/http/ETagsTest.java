package dev.sessionvault.web.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ValidationException;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTest {
  @ParameterizedTest
  @ValueSource(longs = {0, 7, 999_999_999_999_999_999L})
  void ifMatchReadsWhatFormatWrites(long version) {
    assertEquals(OptionalLong.of(version), ETags.ifMatch(ETags.format(version)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"7\"|7",
        "  \"7\"  |7",
      })
  void ifMatchNamesAVersion(String header, long version) {
    assertEquals(OptionalLong.of(version), ETags.ifMatch(header));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "*", " * "})
  void absentOrAnyVersionExpectsNothing(String header) {
    assertEquals(OptionalLong.empty(), ETags.ifMatch(header));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "7",
        "\"abc\"",
        "\"-1\"",
        "\"7\", \"8\"",
        "\"1234567890123456789\"",
        "'7'",
        // RFC 9110: If-Match compares strongly, so a weak tag can never match
        "W/\"7\""
      })
  void malformedIfMatchIsAClientError(String header) {
    ValidationException e = assertThrows(ValidationException.class, () -> ETags.ifMatch(header));

    assertEquals(
        List.of(
            new FieldError(
                "If-Match",
                "must be the (strong) entity tag from the ETag header, e.g. \"3\", or *")),
        e.errors());
  }

  @ParameterizedTest
  @CsvSource({"0, '\"0\"'", "42, '\"42\"'"})
  void formatQuotesTheVersion(long version, String etag) {
    assertEquals(etag, ETags.format(version));
  }
}
