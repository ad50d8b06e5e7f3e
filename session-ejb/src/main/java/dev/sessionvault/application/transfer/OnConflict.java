package dev.sessionvault.application.transfer;

import dev.sessionvault.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What an import does with a session whose id or externalId the account already holds. */
public enum OnConflict {
  /** Import it as a new session with a new id (the default). */
  NEW_IDS("newIds"),
  /** Leave the stored session as it is and report the imported one as skipped. */
  SKIP("skip"),
  /** Delete the stored session and import this one in its place, under its id (admins only). */
  REPLACE("replace");

  private final String wireName;

  OnConflict(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The policy of a query parameter; absent means {@link #NEW_IDS}. */
  public static OnConflict parse(String wireName) {
    if (wireName == null || wireName.isBlank()) {
      return NEW_IDS;
    }
    return Arrays.stream(values())
        .filter(policy -> policy.wireName.equals(wireName.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new ValidationException(
                    "onConflict",
                    "must be one of: "
                        + Arrays.stream(values())
                            .map(OnConflict::wireName)
                            .collect(Collectors.joining(", "))));
  }
}
