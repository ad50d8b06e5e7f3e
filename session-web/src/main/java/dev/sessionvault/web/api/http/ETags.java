package dev.sessionvault.web.api.http;

import dev.sessionvault.domain.shared.ValidationException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource's version is its entity tag: {@code ETag: "7"}; writes honour {@code If-Match: "7"}.
 */
public final class ETags {
  private static final Pattern TAG = Pattern.compile("\"(\\d{1,18})\"");

  private ETags() {}

  public static String format(long version) {
    return "\"" + version + "\"";
  }

  /** The version an If-Match header names; empty when absent or {@code *} (any version). */
  public static OptionalLong ifMatch(String header) {
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      return OptionalLong.empty();
    }
    Matcher matcher = TAG.matcher(header.strip());
    if (!matcher.matches()) {
      throw new ValidationException(
          "If-Match", "must be the (strong) entity tag from the ETag header, e.g. \"3\", or *");
    }
    return OptionalLong.of(Long.parseLong(matcher.group(1)));
  }
}
