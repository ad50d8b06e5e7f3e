package dev.sessionvault.infrastructure.search;

/**
 * Field names shared by the message, todo and interaction indexes, which are searched together. The
 * session's copied fields live under {@code session.}.
 */
final class SearchFields {
  static final String CONTENT = "content";

  /** Everything a hit is found by: its own text, its tool, its session's name, summary, tags. */
  static final String TEXT = "text";

  static final String ROLE = "role";
  static final String TOOL = "tool";
  static final String SEQ = "seq";
  static final String TIMESTAMP = "timestamp";
  static final String DAY = "day";

  static final String SESSION_ID = "session.id";
  static final String ACCOUNT_ID = "session.accountId";
  static final String SESSION_NAME = "session.name";
  static final String TAGS = "session.tags";
  static final String AGENT = "session.agent";
  static final String MODEL = "session.model";
  static final String PROJECT_ID = "session.projectId";
  static final String CREATED_AT = "session.createdAt";

  private SearchFields() {}
}
