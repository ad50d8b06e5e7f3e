package dev.sessionvault.infrastructure.search;

import dev.sessionvault.domain.search.SessionCopy;
import dev.sessionvault.domain.session.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one place that knows what a message, todo or interaction document carries of its session: the
 * fields the mapping copies ({@link #COPIED}) and those {@link SearchableTextBinder} reads into the
 * searchable text. An edit that changes one of them re-indexes the session's hits.
 */
final class SessionCopies {
  /** The session fields the mapping copies into every hit, by their index path. */
  static final Map<String, Function<Session, Object>> COPIED = copied();

  /** Read by {@link SearchableTextBinder} into each hit's searchable text. */
  private static final List<Function<Session, Object>> READ_INTO_TEXT =
      List.of(Session::name, Session::summary, session -> new TreeSet<>(session.tags()));

  private SessionCopies() {}

  private static Map<String, Function<Session, Object>> copied() {
    Map<String, Function<Session, Object>> fields = new LinkedHashMap<>();
    fields.put("id", Session::id);
    fields.put("accountId", Session::accountId);
    fields.put("name", Session::name);
    fields.put("tags", session -> new TreeSet<>(session.tags()));
    fields.put("agent", session -> session.origin().agent());
    fields.put("model", session -> session.origin().model());
    fields.put("projectId", Session::projectId);
    fields.put("createdAt", Session::createdAt);
    return Collections.unmodifiableMap(fields);
  }

  static SessionCopy of(Session session) {
    List<Object> values = new ArrayList<>();
    COPIED.values().forEach(field -> values.add(field.apply(session)));
    READ_INTO_TEXT.forEach(field -> values.add(field.apply(session)));
    return new SessionCopy(values);
  }
}
