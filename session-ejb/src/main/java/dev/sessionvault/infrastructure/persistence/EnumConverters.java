package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.audit.ActorKind;
import dev.sessionvault.domain.audit.AuditOutcome;
import dev.sessionvault.domain.identity.AccountRole;
import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.retention.DeletionReason;
import dev.sessionvault.domain.session.Environment;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.todo.TodoStatus;
import jakarta.persistence.Converter;

/** The converters of every enumeration the entities store, applied automatically. */
final class EnumConverters {
  private EnumConverters() {}

  @Converter(autoApply = true)
  public static class SessionStatusConverter extends WireNameConverter<SessionStatus> {
    public SessionStatusConverter() {
      super(SessionStatus.class);
    }
  }

  @Converter(autoApply = true)
  public static class EnvironmentConverter extends WireNameConverter<Environment> {
    public EnvironmentConverter() {
      super(Environment.class);
    }
  }

  @Converter(autoApply = true)
  public static class MessageRoleConverter extends WireNameConverter<MessageRole> {
    public MessageRoleConverter() {
      super(MessageRole.class);
    }
  }

  @Converter(autoApply = true)
  public static class TodoStatusConverter extends WireNameConverter<TodoStatus> {
    public TodoStatusConverter() {
      super(TodoStatus.class);
    }
  }

  @Converter(autoApply = true)
  public static class AccountRoleConverter extends WireNameConverter<AccountRole> {
    public AccountRoleConverter() {
      super(AccountRole.class);
    }
  }

  @Converter(autoApply = true)
  public static class AuditOutcomeConverter extends WireNameConverter<AuditOutcome> {
    public AuditOutcomeConverter() {
      super(AuditOutcome.class);
    }
  }

  @Converter(autoApply = true)
  public static class ActorKindConverter extends WireNameConverter<ActorKind> {
    public ActorKindConverter() {
      super(ActorKind.class);
    }
  }

  @Converter(autoApply = true)
  public static class DeletionReasonConverter extends WireNameConverter<DeletionReason> {
    public DeletionReasonConverter() {
      super(DeletionReason.class);
    }
  }
}
