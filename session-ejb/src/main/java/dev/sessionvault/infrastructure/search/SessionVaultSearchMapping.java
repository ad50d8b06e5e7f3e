package dev.sessionvault.infrastructure.search;

import static dev.sessionvault.infrastructure.search.SearchFields.CONTENT;
import static dev.sessionvault.infrastructure.search.SearchFields.CONTENT_CODE;
import static dev.sessionvault.infrastructure.search.SearchFields.DAY;
import static dev.sessionvault.infrastructure.search.SearchFields.DETAIL;
import static dev.sessionvault.infrastructure.search.SearchFields.DETAIL_CODE;
import static dev.sessionvault.infrastructure.search.SearchFields.ROLE;
import static dev.sessionvault.infrastructure.search.SearchFields.SEQ;
import static dev.sessionvault.infrastructure.search.SearchFields.TIMESTAMP;
import static dev.sessionvault.infrastructure.search.SearchFields.TOOL;

import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.todo.Todo;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps sessions, messages, todos and interactions onto their indexes. Messages, todos and
 * interactions are searched together, so they share field names: the main text is {@code content}
 * (message content, todo text, interaction command), the secondary text is {@code detail} (tool
 * calls and results of a message, the todo's active form, the interaction's result), and each
 * carries a copy of its session's searchable fields under {@code session.} so that a hit can be
 * filtered, faceted and shown without a join. Session updates do not cascade into those copies here
 * ({@link ReindexOnUpdate#SHALLOW}): {@link HibernateSearchIndex} refreshes them in the background,
 * so that updating a session never waits for its messages.
 */
public class SessionVaultSearchMapping implements HibernateOrmSearchMappingConfigurer {
  /** Highlighted text keeps term vectors with offsets, for the fast vector highlighter. */
  private static final List<Highlightable> HIGHLIGHTERS =
      List.of(Highlightable.FAST_VECTOR, Highlightable.UNIFIED, Highlightable.PLAIN);

  /** The session fields copied into every message, todo and interaction document. */
  static final String[] SESSION_FIELDS_IN_HITS = {
    "id",
    "accountId",
    "name",
    "name_code",
    "summary",
    "summary_code",
    "tags",
    "status",
    "agent",
    "model",
    "projectId",
    "createdAt"
  };

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
    mapSession(mapping.type(Session.class));
    mapMessage(mapping.type(Message.class));
    mapTodo(mapping.type(Todo.class));
    mapInteraction(mapping.type(Interaction.class));
  }

  private static void mapSession(TypeMappingStep session) {
    session.indexed().index("session");
    session.property("id").keywordField().projectable(Projectable.YES).aggregable(Aggregable.YES);
    session.property("accountId").keywordField();
    session
        .property("name")
        .fullTextField()
        .analyzer(SearchAnalyzers.PROSE)
        .projectable(Projectable.YES)
        .fullTextField("name_code")
        .analyzer(SearchAnalyzers.CODE)
        .keywordField("name_sort")
        .normalizer(SearchAnalyzers.LOWERCASE)
        .sortable(Sortable.YES)
        .searchable(Searchable.NO);
    session
        .property("summary")
        .fullTextField()
        .analyzer(SearchAnalyzers.PROSE)
        .fullTextField("summary_code")
        .analyzer(SearchAnalyzers.CODE);
    session.property("tags").keywordField().aggregable(Aggregable.YES);
    session
        .property("status")
        .keywordField()
        .normalizer(SearchAnalyzers.LOWERCASE)
        .aggregable(Aggregable.YES)
        .projectable(Projectable.YES);
    for (String keyword : new String[] {"agent", "projectId"}) {
      session
          .property(keyword)
          .keywordField()
          .aggregable(Aggregable.YES)
          .projectable(Projectable.YES);
    }
    // model:claude-* is a wildcard over a case-insensitive keyword
    session
        .property("model")
        .keywordField()
        .normalizer(SearchAnalyzers.LOWERCASE)
        .aggregable(Aggregable.YES)
        .projectable(Projectable.YES);
    for (String instant : new String[] {"createdAt", "updatedAt", "lastActivityAt"}) {
      session.property(instant).genericField().sortable(Sortable.YES);
    }
    session.property("totalCostUsd").scaledNumberField().decimalScale(8).sortable(Sortable.YES);
    session.property("messageCount").genericField().sortable(Sortable.YES);
  }

  private static void mapMessage(TypeMappingStep message) {
    message.indexed().index("message");
    mainText(message.property("content"));
    // tool calls and results; the bridge turns the JSON blocks into text
    message
        .property("blocks")
        .fullTextField(DETAIL)
        .analyzer(SearchAnalyzers.PROSE)
        .valueBridge(new ToolTextBridge())
        .noExtractors()
        .highlightable(HIGHLIGHTERS)
        .termVector(TermVector.WITH_POSITIONS_OFFSETS)
        .fullTextField(DETAIL_CODE)
        .analyzer(SearchAnalyzers.CODE)
        .valueBridge(new ToolTextBridge())
        .noExtractors()
        .highlightable(HIGHLIGHTERS)
        .termVector(TermVector.WITH_POSITIONS_OFFSETS);
    message
        .property("role")
        .keywordField(ROLE)
        .normalizer(SearchAnalyzers.LOWERCASE)
        .aggregable(Aggregable.YES)
        .projectable(Projectable.YES);
    message
        .property("toolName")
        .keywordField(TOOL)
        .normalizer(SearchAnalyzers.LOWERCASE)
        .aggregable(Aggregable.YES);
    message.property("seq").genericField(SEQ).projectable(Projectable.YES);
    instant(message.property("timestamp"));
    sessionCopy(message);
  }

  private static void mapTodo(TypeMappingStep todo) {
    todo.indexed().index("todo");
    mainText(todo.property("content"));
    detailText(todo.property("activeForm"));
    sessionCopy(todo);
  }

  private static void mapInteraction(TypeMappingStep interaction) {
    interaction.indexed().index("interaction");
    mainText(interaction.property("command"));
    detailText(interaction.property("result"));
    interaction.property("seq").genericField(SEQ).projectable(Projectable.YES);
    instant(interaction.property("startedAt"));
    sessionCopy(interaction);
  }

  /** The main text: prose (stemmed) and code (identifiers split) views, both highlightable. */
  private static void mainText(PropertyMappingStep property) {
    property
        .fullTextField(CONTENT)
        .analyzer(SearchAnalyzers.PROSE)
        .highlightable(HIGHLIGHTERS)
        .termVector(TermVector.WITH_POSITIONS_OFFSETS)
        .projectable(Projectable.YES)
        .fullTextField(CONTENT_CODE)
        .analyzer(SearchAnalyzers.CODE)
        .highlightable(HIGHLIGHTERS)
        .termVector(TermVector.WITH_POSITIONS_OFFSETS);
  }

  /** The secondary text, analyzed like the main one. */
  private static void detailText(PropertyMappingStep property) {
    property
        .fullTextField(DETAIL)
        .analyzer(SearchAnalyzers.PROSE)
        .highlightable(HIGHLIGHTERS)
        .termVector(TermVector.WITH_POSITIONS_OFFSETS)
        .fullTextField(DETAIL_CODE)
        .analyzer(SearchAnalyzers.CODE)
        .highlightable(HIGHLIGHTERS)
        .termVector(TermVector.WITH_POSITIONS_OFFSETS);
  }

  /** When it happened: sortable, filterable, and bucketed per UTC day for the facets. */
  private static void instant(PropertyMappingStep property) {
    property
        .genericField(TIMESTAMP)
        .sortable(Sortable.YES)
        .projectable(Projectable.YES)
        .keywordField(DAY)
        .valueBridge(new DayBridge())
        .aggregable(Aggregable.YES)
        .searchable(Searchable.YES);
  }

  private static void sessionCopy(TypeMappingStep type) {
    type.property("session")
        .indexedEmbedded()
        .includePaths(SESSION_FIELDS_IN_HITS)
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
  }
}
