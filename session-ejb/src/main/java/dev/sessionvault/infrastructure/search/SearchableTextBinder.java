package dev.sessionvault.infrastructure.search;

import static dev.sessionvault.infrastructure.search.SearchFields.CONTENT;
import static dev.sessionvault.infrastructure.search.SearchFields.CONTENT_CODE;

import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.ContentBlocks;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.todo.Todo;
import java.util.List;
import java.util.function.Function;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/**
 * Writes the one searchable text of a message, todo or interaction into {@code content} (prose,
 * stemmed) and {@code content_code} (identifiers split): a message's content with its tool calls
 * and results, a todo with its active form, a command with its result. One text instead of one per
 * property halves what highlighting reads per hit (stored values and term vectors), which was most
 * of the time of a search (measured with JFR at 1M messages).
 */
public final class SearchableTextBinder<T> implements TypeBinder {
  /** The fast vector highlighter reads term vectors with offsets instead of re-analysing. */
  static final List<Highlightable> HIGHLIGHTERS =
      List.of(Highlightable.FAST_VECTOR, Highlightable.UNIFIED, Highlightable.PLAIN);

  private final Class<T> type;
  private final Function<T, String> text;
  private final String[] properties;

  private SearchableTextBinder(Class<T> type, Function<T, String> text, String... properties) {
    this.type = type;
    this.text = text;
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
        "content",
        "blocks");
  }

  static SearchableTextBinder<Todo> todo() {
    return new SearchableTextBinder<>(
        Todo.class, todo -> join(todo.content(), todo.activeForm()), "content", "activeForm");
  }

  static SearchableTextBinder<Interaction> interaction() {
    return new SearchableTextBinder<>(
        Interaction.class,
        interaction -> join(interaction.command(), interaction.result()),
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
    IndexFieldTypeFactory types = context.typeFactory();
    IndexFieldReference<String> prose =
        context
            .indexSchemaElement()
            .field(
                CONTENT,
                types
                    .asString()
                    .analyzer(SearchAnalyzers.PROSE)
                    .projectable(Projectable.YES)
                    .highlightable(HIGHLIGHTERS)
                    .termVector(TermVector.WITH_POSITIONS_OFFSETS))
            .toReference();
    IndexFieldReference<String> code =
        context
            .indexSchemaElement()
            .field(
                CONTENT_CODE,
                types
                    .asString()
                    .analyzer(SearchAnalyzers.CODE)
                    .highlightable(HIGHLIGHTERS)
                    .termVector(TermVector.WITH_POSITIONS_OFFSETS))
            .toReference();
    context.bridge(
        type,
        (document, entity, writeContext) -> {
          String value = text.apply(entity);
          if (value != null && !value.isEmpty()) {
            document.addValue(prose, value);
            document.addValue(code, value);
          }
        });
  }
}
