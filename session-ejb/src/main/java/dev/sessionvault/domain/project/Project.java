package dev.sessionvault.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** A code base an account's sessions work on, identified within the account by a short key. */
@Entity
@Table(name = "projects")
public class Project {
  @Id
  @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
  private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "project_key", nullable = false)
  private String key;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "root_path")
  private String rootPath;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Project() {}

  public Project(UUID accountId, String key, String name, String rootPath, Instant now) {
    this.accountId = accountId;
    this.createdAt = now;
    edit(key, name, rootPath, now);
  }

  public void edit(String key, String name, String rootPath, Instant now) {
    this.key = key;
    this.name = name;
    this.rootPath = rootPath;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public String key() {
    return key;
  }

  public String name() {
    return name;
  }

  public String rootPath() {
    return rootPath;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
