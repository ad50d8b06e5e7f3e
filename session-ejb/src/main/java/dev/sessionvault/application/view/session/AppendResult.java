package dev.sessionvault.application.view.session;

import java.util.List;

/**
 * The messages of an append, in the order sent: the new ones and, for external ids the session
 * already held, the stored ones. {@code created} + {@code existing} = {@code items.size()}.
 */
public record AppendResult(List<MessageView> items, int created, int existing) {}
