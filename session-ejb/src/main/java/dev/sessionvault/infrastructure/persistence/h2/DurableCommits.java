package dev.sessionvault.infrastructure.persistence.h2;

import dev.sessionvault.application.CommitDurability;
import jakarta.enterprise.context.ApplicationScoped;

/** The API's way to {@link GroupCommit}. */
@ApplicationScoped
public class DurableCommits implements CommitDurability {
  @Override
  public void awaitDurable() {
    GroupCommit.awaitDurable();
  }
}
