package dev.sessionvault.domain.todo;

import dev.sessionvault.domain.session.Session;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** One item of a session's current todo list, at its position in the list. */
@Entity
@Table(name = "todos")
public class Todo {
  @Id
  @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private Session session;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "content", nullable = false, updatable = false)
  private String content;

  @Column(name = "status", nullable = false, updatable = false)
  private TodoStatus status;

  @Column(name = "active_form", updatable = false)
  private String activeForm;

  protected Todo() {}

  public Todo(Session session, int position, TodoContent item) {
    this.session = session;
    this.position = position;
    this.content = item.content();
    this.status = item.status();
    this.activeForm = item.activeForm();
  }

  public UUID id() {
    return id;
  }

  public Session session() {
    return session;
  }

  public int position() {
    return position;
  }

  public String content() {
    return content;
  }

  public TodoStatus status() {
    return status;
  }

  public String activeForm() {
    return activeForm;
  }
}
