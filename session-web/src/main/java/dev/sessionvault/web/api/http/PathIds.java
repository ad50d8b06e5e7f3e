package dev.sessionvault.web.api.http;

import dev.sessionvault.domain.shared.ResourceNotFoundException;
import java.util.UUID;
import java.util.regex.Pattern;

/** Ids in paths: a string that is not a UUID names nothing, so it is a 404 like any unknown id. */
public final class PathIds {
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private PathIds() {}

  public static UUID parse(String resource, String id) {
    if (id == null || !UUID_TEXT.matcher(id).matches()) {
      throw new ResourceNotFoundException(resource, id);
    }
    return UUID.fromString(id);
  }
}
