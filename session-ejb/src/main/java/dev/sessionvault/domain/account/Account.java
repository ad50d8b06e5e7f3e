package dev.sessionvault.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * A tenant: a team or organisation whose sessions, projects and records are invisible to every
 * other account. The account named {@value #DEFAULT_NAME} exists from the first start.
 */
@Entity
@Table(name = "accounts")
public class Account {
  public static final String DEFAULT_NAME = "default";

  @Id
  @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
  private UUID id;

  @Column(name = "name", nullable = false, updatable = false)
  private String name;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Account() {}

  public Account(String name, String displayName, Instant now) {
    this.name = name;
    this.displayName = displayName;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String displayName() {
    return displayName;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
