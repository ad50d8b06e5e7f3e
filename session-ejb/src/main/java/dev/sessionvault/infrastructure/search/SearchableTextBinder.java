package dev.sessionvault.infrastructure.search;

import static dev.sessionvault.infrastructure.search.SearchFields.CONTENT;
import static dev.sessionvault.infrastructure.search.SearchFields.TEXT;

import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.ContentBlocks;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.todo.Todo;
import dev.sessionvault.infrastructure.search.analysis.SearchAnalyzers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/**
 * Writes the searchable text of a message, todo or interaction: a message's content with its tool
 * calls and results, a todo with its active form, a command with its result.
 *
 * <p>Two fields. {@code content} is the hit's own text, stored: {@link ContentHighlighter} marks
 * the query's words in it. {@code text} is everything the hit is found by: its own text, its tool's
 * name, and its session's name, summary and tags. A query word is then one term of one field, which
 * Lucene counts from the term's statistics and ranks with block skipping (WAND); the former OR over
 * eight fields per word had to visit every match (BENCHMARKS.md).
 */
public final class SearchableTextBinder<T> implements TypeBinder {
  private final Class<T> type;
  private final Function<T, String> ownText;
  private final Function<T, String> label;
  private final Function<T, Session> session;
  private final String[] properties;

  private SearchableTextBinder(
      Class<T> type,
      Function<T, String> ownText,
      Function<T, String> label,
      Function<T, Session> session,
      String... properties) {
    this.type = type;
    this.ownText = ownText;
    this.label = label;
    this.session = session;
    this.properties = properties;
  }

  static SearchableTextBinder<Message> message() {
    return new SearchableTextBinder<>(
        Message.class,
        message -> {
          String tools = ContentBlocks.toolText(message.blocks());
          // content derived from blocks already holds the tool text
          return tools.isEmpty() || message.content().contains(tools)
              ? message.content()
              : message.content() + "\n" + tools;
        },
        Message::toolName,
        Message::session,
        "content",
        "blocks",
        "toolName");
  }

  static SearchableTextBinder<Todo> todo() {
    return new SearchableTextBinder<>(
        Todo.class,
        todo -> join(todo.content(), todo.activeForm()),
        todo -> null,
        Todo::session,
        "content",
        "activeForm");
  }

  static SearchableTextBinder<Interaction> interaction() {
    return new SearchableTextBinder<>(
        Interaction.class,
        interaction -> join(interaction.command(), interaction.result()),
        interaction -> null,
        Interaction::session,
        "command",
        "result");
  }

  private static String join(String first, String second) {
    if (second == null || second.isBlank()) {
      return first;
    }
    return first == null ? second : first + "\n" + second;
  }

  @Override
  public void bind(TypeBindingContext context) {
    for (String property : properties) {
      context.dependencies().use(property);
    }
    // Changes to these reach the hits through background refreshes (SessionVaultSearchMapping).
    context.dependencies().use("session.name").use("session.summary").use("session.tags");
    IndexFieldTypeFactory types = context.typeFactory();
    IndexFieldReference<String> content =
        context
            .indexSchemaElement()
            .field(
                CONTENT,
                types.asString().analyzer(SearchAnalyzers.TEXT).projectable(Projectable.YES))
            .toReference();
    IndexFieldReference<String> text =
        context
            .indexSchemaElement()
            .field(TEXT, types.asString().analyzer(SearchAnalyzers.TEXT))
            .multiValued()
            .toReference();
    context.bridge(
        type,
        (document, entity, writeContext) -> {
          String own = ownText.apply(entity);
          if (own != null && !own.isEmpty()) {
            document.addValue(content, own);
          }
          for (String value : findableBy(entity, own)) {
            document.addValue(text, value);
          }
        });
  }

  private List<String> findableBy(T entity, String own) {
    List<String> values = new ArrayList<>();
    addIfPresent(values, own);
    addIfPresent(values, label.apply(entity));
    Session owner = session.apply(entity);
    if (owner != null) {
      addIfPresent(values, owner.name());
      addIfPresent(values, owner.summary());
      owner.tags().forEach(tag -> addIfPresent(values, tag));
    }
    return values;
  }

  private static void addIfPresent(List<String> values, String value) {
    if (value != null && !value.isBlank()) {
      values.add(value);
    }
  }
}
