package dev.sessionvault.infrastructure.search;

import static dev.sessionvault.infrastructure.search.SearchFields.DAY;
import static dev.sessionvault.infrastructure.search.SearchFields.ROLE;
import static dev.sessionvault.infrastructure.search.SearchFields.SEQ;
import static dev.sessionvault.infrastructure.search.SearchFields.TIMESTAMP;
import static dev.sessionvault.infrastructure.search.SearchFields.TOOL;

import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionOrigin;
import dev.sessionvault.domain.todo.Todo;
import dev.sessionvault.infrastructure.search.analysis.SearchAnalyzers;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps sessions, messages, todos and interactions onto their indexes. Messages, todos and
 * interactions are searched together, so they share field names: their searchable text is {@code
 * content} and {@code text} ({@link SearchableTextBinder}), and each carries a copy of its
 * session's searchable fields under {@code session.} so that a hit can be filtered, faceted and
 * shown without a join. Session updates do not cascade into those copies here ({@link
 * ReindexOnUpdate#SHALLOW}): {@link HibernateSearchIndex} refreshes them in the background, so that
 * updating a session never waits for its messages. Sessions have no index of their own: nothing
 * searches them by themselves (status and cost come from the database, {@link SessionLookup}), and
 * every append, which changes its session's counters, indexed the session again.
 */
public class SessionVaultSearchMapping implements HibernateOrmSearchMappingConfigurer {
  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
    mapSession(mapping.type(Session.class));
    mapSessionOrigin(mapping.type(SessionOrigin.class));
    mapMessage(mapping.type(Message.class));
    mapTodo(mapping.type(Todo.class));
    mapInteraction(mapping.type(Interaction.class));
    HitProjection.map(mapping);
  }

  /** The fields of a session that its hits carry ({@link SessionCopies#COPIED}). */
  private static void mapSession(TypeMappingStep session) {
    session.property("id").keywordField().projectable(Projectable.YES).aggregable(Aggregable.YES);
    session.property("accountId").keywordField();
    session
        .property("name")
        .fullTextField()
        .analyzer(SearchAnalyzers.TEXT)
        .projectable(Projectable.YES);
    session.property("tags").keywordField().aggregable(Aggregable.YES);
    session
        .property("projectId")
        .keywordField()
        .aggregable(Aggregable.YES)
        .projectable(Projectable.YES);
    session.property("createdAt").genericField().sortable(Sortable.YES);
    flattened(session.property("origin"));
  }

  /**
   * An embeddable's fields at the top of the session document, as they were before they were
   * embedded ("agent", not "origin.agent"), so that documents and the hits' copies keep their
   * layout. Hibernate Search deprecates prefix() for name(), which cannot flatten.
   */
  @SuppressWarnings("deprecation")
  private static void flattened(PropertyMappingStep embeddable) {
    embeddable.indexedEmbedded().prefix("");
  }

  private static void mapSessionOrigin(TypeMappingStep origin) {
    origin.property("agent").keywordField().aggregable(Aggregable.YES).projectable(Projectable.YES);
    // model:claude-* is a wildcard over a case-insensitive keyword
    origin
        .property("model")
        .keywordField()
        .normalizer(SearchAnalyzers.LOWERCASE)
        .aggregable(Aggregable.YES)
        .projectable(Projectable.YES);
  }

  private static void mapMessage(TypeMappingStep message) {
    message.indexed().index("message");
    message.binder(SearchableTextBinder.message());
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
    todo.binder(SearchableTextBinder.todo());
    sessionCopy(todo);
  }

  private static void mapInteraction(TypeMappingStep interaction) {
    interaction.indexed().index("interaction");
    interaction.binder(SearchableTextBinder.interaction());
    interaction.property("seq").genericField(SEQ).projectable(Projectable.YES);
    instant(interaction.property("startedAt"));
    sessionCopy(interaction);
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
        .includePaths(SessionCopies.COPIED.keySet())
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
  }
}
