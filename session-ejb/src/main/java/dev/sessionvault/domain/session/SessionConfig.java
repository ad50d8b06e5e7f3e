package dev.sessionvault.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Typed per-session settings of the assistant. Every member is optional. */
@Embeddable
public class SessionConfig {
  @Column(name = "config_max_messages")
  private Integer maxMessages;

  @Column(name = "config_idle_timeout_minutes")
  private Integer idleTimeoutMinutes;

  @Column(name = "config_persistence_enabled")
  private Boolean persistenceEnabled;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "config_features")
  private List<String> features;

  protected SessionConfig() {}

  public SessionConfig(
      Integer maxMessages,
      Integer idleTimeoutMinutes,
      Boolean persistenceEnabled,
      List<String> features) {
    this.maxMessages = maxMessages;
    this.idleTimeoutMinutes = idleTimeoutMinutes;
    this.persistenceEnabled = persistenceEnabled;
    this.features = features == null ? null : new ArrayList<>(features);
  }

  public Integer maxMessages() {
    return maxMessages;
  }

  public Integer idleTimeoutMinutes() {
    return idleTimeoutMinutes;
  }

  public Boolean persistenceEnabled() {
    return persistenceEnabled;
  }

  public List<String> features() {
    return features == null ? List.of() : List.copyOf(features);
  }
}
