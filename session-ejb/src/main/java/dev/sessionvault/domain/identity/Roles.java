package dev.sessionvault.domain.identity;

/**
 * The security role names, as constants for {@code @RolesAllowed}: the account roles (the wire
 * names of {@link AccountRole}) and the deployment-wide operator.
 */
public final class Roles {
  public static final String ADMIN = "admin";
  public static final String MEMBER = "member";
  public static final String VIEWER = "viewer";
  public static final String AUDITOR = "auditor";

  /** Manages accounts; not a role in any account. */
  public static final String OPERATOR = "operator";

  private Roles() {}
}
