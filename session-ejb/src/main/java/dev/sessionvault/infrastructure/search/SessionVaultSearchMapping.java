package dev.sessionvault.infrastructure.search;

import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.todo.Todo;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps sessions, messages, todos and interactions onto their indexes. Messages carry a copy of
 * their session's searchable fields (account, name, tags, status, ...) so that a message hit can be
 * filtered and shown without a join. Session updates do not cascade into message documents here:
 * the message index is refreshed separately (issue 3), so that updating a session never waits for
 * its messages.
 */
public class SessionVaultSearchMapping implements HibernateOrmSearchMappingConfigurer {
  /** Text fields support both highlighters; the unified one is the default. */
  private static final List<Highlightable> HIGHLIGHTERS =
      List.of(Highlightable.UNIFIED, Highlightable.PLAIN);

  static final String[] SESSION_FIELDS_IN_MESSAGES = {
    "id",
    "accountId",
    "name",
    "tags",
    "status",
    "agent",
    "model",
    "projectId",
    "createdAt",
    "totalCostUsd"
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
    session.property("id").keywordField().projectable(Projectable.YES);
    session.property("accountId").keywordField();
    session
        .property("name")
        .fullTextField()
        .analyzer(SearchAnalyzers.PROSE)
        .highlightable(HIGHLIGHTERS)
        .keywordField("name_sort")
        .normalizer(SearchAnalyzers.LOWERCASE)
        .sortable(Sortable.YES);
    session
        .property("summary")
        .fullTextField()
        .analyzer(SearchAnalyzers.PROSE)
        .highlightable(HIGHLIGHTERS);
    session.property("tags").keywordField().aggregable(Aggregable.YES);
    session
        .property("status")
        .keywordField()
        .normalizer(SearchAnalyzers.LOWERCASE)
        .aggregable(Aggregable.YES);
    session.property("agent").keywordField().aggregable(Aggregable.YES);
    session.property("model").keywordField().aggregable(Aggregable.YES);
    session.property("projectId").keywordField().aggregable(Aggregable.YES);
    for (String instant : new String[] {"createdAt", "updatedAt", "lastActivityAt"}) {
      session.property(instant).genericField().sortable(Sortable.YES).aggregable(Aggregable.YES);
    }
    session.property("totalCostUsd").scaledNumberField().decimalScale(8).sortable(Sortable.YES);
    session.property("messageCount").genericField().sortable(Sortable.YES);
  }

  private static void mapMessage(TypeMappingStep message) {
    message.indexed().index("message");
    message
        .property("content")
        .fullTextField()
        .analyzer(SearchAnalyzers.PROSE)
        .highlightable(HIGHLIGHTERS)
        .fullTextField("content_code")
        .analyzer(SearchAnalyzers.CODE)
        .highlightable(HIGHLIGHTERS);
    message
        .property("role")
        .keywordField()
        .normalizer(SearchAnalyzers.LOWERCASE)
        .aggregable(Aggregable.YES);
    message
        .property("toolName")
        .keywordField()
        .normalizer(SearchAnalyzers.LOWERCASE)
        .aggregable(Aggregable.YES);
    message.property("model").keywordField().aggregable(Aggregable.YES);
    message.property("seq").genericField().projectable(Projectable.YES).sortable(Sortable.YES);
    message
        .property("timestamp")
        .genericField()
        .sortable(Sortable.YES)
        .aggregable(Aggregable.YES)
        .projectable(Projectable.YES);
    message
        .property("session")
        .indexedEmbedded()
        .includePaths(SESSION_FIELDS_IN_MESSAGES)
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
  }

  private static void mapTodo(TypeMappingStep todo) {
    todo.indexed().index("todo");
    todo.property("content")
        .fullTextField()
        .analyzer(SearchAnalyzers.PROSE)
        .highlightable(HIGHLIGHTERS);
    todo.property("status").keywordField().normalizer(SearchAnalyzers.LOWERCASE);
    todo.property("session")
        .indexedEmbedded()
        .includePaths("id", "accountId")
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
  }

  private static void mapInteraction(TypeMappingStep interaction) {
    interaction.indexed().index("interaction");
    for (String text : new String[] {"command", "result"}) {
      interaction
          .property(text)
          .fullTextField()
          .analyzer(SearchAnalyzers.CODE)
          .highlightable(HIGHLIGHTERS);
    }
    interaction.property("seq").genericField().projectable(Projectable.YES);
    interaction
        .property("session")
        .indexedEmbedded()
        .includePaths("id", "accountId")
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
  }
}
