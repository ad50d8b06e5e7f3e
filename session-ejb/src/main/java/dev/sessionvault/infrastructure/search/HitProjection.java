package dev.sessionvault.infrastructure.search;

import static dev.sessionvault.infrastructure.search.SearchFields.AGENT;
import static dev.sessionvault.infrastructure.search.SearchFields.CONTENT;
import static dev.sessionvault.infrastructure.search.SearchFields.MODEL;
import static dev.sessionvault.infrastructure.search.SearchFields.PROJECT_ID;
import static dev.sessionvault.infrastructure.search.SearchFields.ROLE;
import static dev.sessionvault.infrastructure.search.SearchFields.SEQ;
import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_ID;
import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_NAME;
import static dev.sessionvault.infrastructure.search.SearchFields.TIMESTAMP;

import dev.sessionvault.application.view.search.SearchHitView;
import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.search.HitKind;
import dev.sessionvault.domain.shared.WireNames;
import dev.sessionvault.domain.todo.Todo;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ConstructorMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.search.definition.binding.ProjectionBinder;
import org.hibernate.search.mapper.pojo.search.definition.binding.builtin.FieldProjectionBinder;
import org.hibernate.search.mapper.pojo.search.definition.binding.builtin.IdProjectionBinder;
import org.hibernate.search.mapper.pojo.search.definition.binding.builtin.ScoreProjectionBinder;

/**
 * Hits are projected straight into the record the API returns, {@link SearchHitView}: its
 * constructor is a projection constructor mapped here, programmatically, so that the application
 * layer stays free of the Search API. What the index does not hold as such is derived in the
 * projection: the kind and the message id from the entity type, the role's wire name, and the
 * highlights from the hit's own content with the query's {@link Highlights} (a query parameter).
 * The status is left null: it comes from the database after the query ({@link SessionLookup}).
 */
final class HitProjection {
  /** The name of the query parameter that carries the query's {@link Highlights}. */
  static final String HIGHLIGHTS = "highlights";

  private static final int FRAGMENT_SIZE = 160;
  private static final int MAX_FRAGMENTS = 3;
  private static final int SNIPPET_LENGTH = 160;

  private HitProjection() {}

  /** What marks a query's words in a hit's content. */
  record Highlights(ContentHighlighter highlighter, ContentHighlighter.Marks marks) {
    List<String> of(String content) {
      return fragments(
          content, highlighter.fragments(content, marks, FRAGMENT_SIZE, MAX_FRAGMENTS));
    }
  }

  static void map(ProgrammaticMappingConfigurationContext mapping) {
    ConstructorMappingStep hit =
        mapping.type(SearchHitView.class).mainConstructor().projectionConstructor();
    bind(hit, "kind", c -> c.definition(String.class, d -> kind(d.projection())));
    bind(hit, "id", IdProjectionBinder.create());
    bind(hit, "sessionId", FieldProjectionBinder.create(SESSION_ID));
    bind(hit, "sessionName", FieldProjectionBinder.create(SESSION_NAME));
    bind(hit, "agent", FieldProjectionBinder.create(AGENT));
    bind(hit, "model", FieldProjectionBinder.create(MODEL));
    bind(hit, "projectId", FieldProjectionBinder.create(PROJECT_ID));
    bind(
        hit,
        "status",
        c -> c.definition(String.class, d -> d.projection().<String>constant(null).toProjection()));
    bind(hit, "messageId", c -> c.definition(UUID.class, d -> messageId(d.projection())));
    bind(hit, "seq", FieldProjectionBinder.create(SEQ));
    bind(hit, "role", c -> c.definition(String.class, d -> role(d.projection())));
    bind(hit, "timestamp", FieldProjectionBinder.create(TIMESTAMP));
    bind(hit, "score", ScoreProjectionBinder.create());
    // a container parameter names the type of its elements
    bind(hit, "highlights", c -> c.definition(String.class, d -> highlights(d.projection())));
  }

  /** Binds the parameter of the record component with this name, wherever it is declared. */
  private static void bind(
      ConstructorMappingStep constructor, String name, ProjectionBinder binder) {
    RecordComponent[] components = SearchHitView.class.getRecordComponents();
    for (int parameter = 0; parameter < components.length; parameter++) {
      if (components[parameter].getName().equals(name)) {
        constructor.parameter(parameter).projection(binder);
        return;
      }
    }
    throw new IllegalStateException("SearchHitView has no component " + name);
  }

  private static SearchProjection<String> kind(SearchProjectionFactory<?, ?> f) {
    return f.composite()
        .from(f.entityReference())
        .as(reference -> WireNames.of(kind(reference)))
        .toProjection();
  }

  private static SearchProjection<UUID> messageId(SearchProjectionFactory<?, ?> f) {
    return f.composite()
        .from(f.entityReference(), f.id(UUID.class))
        .as((reference, id) -> kind(reference) == HitKind.MESSAGE ? id : null)
        .toProjection();
  }

  private static HitKind kind(Object reference) {
    Class<?> type = reference instanceof EntityReference entity ? entity.type() : null;
    if (type == Todo.class) {
      return HitKind.TODO;
    }
    return type == Interaction.class ? HitKind.INTERACTION : HitKind.MESSAGE;
  }

  private static SearchProjection<String> role(SearchProjectionFactory<?, ?> f) {
    return f.composite()
        .from(f.field(ROLE, MessageRole.class))
        .as(role -> role == null ? null : WireNames.of(role))
        .toProjection();
  }

  private static SearchProjection<List<String>> highlights(SearchProjectionFactory<?, ?> f) {
    return f.withParameters(
            parameters ->
                f.composite()
                    .from(f.field(CONTENT, String.class))
                    .as(content -> parameters.get(HIGHLIGHTS, Highlights.class).of(content)))
        .toProjection();
  }

  /** The highlighted fragments; the start of the text when the match was elsewhere (the name). */
  static List<String> fragments(String content, List<String> highlighted) {
    if (highlighted.isEmpty()) {
      return content == null || content.isEmpty() ? List.of() : List.of(snippet(content));
    }
    return highlighted.size() > MAX_FRAGMENTS ? highlighted.subList(0, MAX_FRAGMENTS) : highlighted;
  }

  /** The start of the text, HTML-escaped like the highlighted fragments. */
  static String snippet(String content) {
    String text = content.strip().replaceAll("\\s+", " ");
    if (text.length() > SNIPPET_LENGTH) {
      int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
      text = text.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + " …";
    }
    return SimpleHTMLEncoder.htmlEncode(text);
  }
}
