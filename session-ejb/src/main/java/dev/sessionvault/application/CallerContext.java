package dev.sessionvault.application;

import java.util.UUID;

/**
 * Who is calling: the one place every service asks for the caller's account, which scopes every
 * query it makes. Until authentication lands (issue 4) every caller acts as the {@code default}
 * account.
 */
public interface CallerContext {
  UUID accountId();
}
