package dev.sessionvault.application.view.session;

import java.util.List;

/** A session's typed settings. */
public record SessionConfigView(
    Integer maxMessages,
    Integer idleTimeoutMinutes,
    Boolean persistenceEnabled,
    List<String> features) {}
