package dev.sessionvault.domain.todo;

import dev.sessionvault.domain.session.Session;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * The session's new todo list, in the given order; the caller stores it in place of the old one.
   * The session counts the items still to do ({@link Session#recordTodoList}).
   */
  public static List<Todo> replaceList(Session session, List<TodoContent> items, Instant now) {
    session.recordTodoList(
        (int) items.stream().filter(item -> item.status().isActive()).count(), now);
    List<Todo> todos = new ArrayList<>(items.size());
    for (int position = 0; position < items.size(); position++) {
      todos.add(new Todo(session, position, items.get(position)));
    }
    return todos;
  }

  private Todo(Session session, int position, TodoContent item) {
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
