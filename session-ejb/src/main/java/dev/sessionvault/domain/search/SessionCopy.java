package dev.sessionvault.domain.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a session's hits carry of it, taken before an edit ({@link ConversationIndex#copyOf}). Its
 * contents are the index's business: callers only hand it back.
 */
public record SessionCopy(List<Object> values) {
  public SessionCopy {
    // not List.copyOf: a session's name or summary may be null
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }
}
