package dev.sessionvault.infrastructure.search.elasticsearch;

import dev.sessionvault.infrastructure.search.IndexStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;

/**
 * Indexes in an OpenSearch or Elasticsearch cluster that every node shares. The marker is a
 * document of its own index ({@code <prefix>marker}) in the same cluster, so that a new cluster, or
 * one that served another database, is noticed. At startup the indexes get the configured refresh
 * interval, which bounds how long a write takes to become searchable on every node.
 */
@ApplicationScoped
public class ElasticsearchIndexStore implements IndexStore {
  private static final Logger LOG = Logger.getLogger(ElasticsearchIndexStore.class.getName());
  private static final String MARKER_DOCUMENT = "/_doc/installation";

  @PersistenceUnit(unitName = "sessionvault")
  EntityManagerFactory emf;

  /** An OpenSearch time value; the engine's own default is 1s. */
  @Inject
  @ConfigProperty(name = "sessionvault.search.refresh.interval", defaultValue = "250ms")
  String refreshInterval;

  @Override
  public boolean serves(Backend backend) {
    return backend instanceof ElasticsearchBackend;
  }

  @Override
  public boolean shared() {
    return true;
  }

  @Override
  public void onStart() {
    String settings =
        Json.createObjectBuilder()
            .add("index", Json.createObjectBuilder().add("refresh_interval", refreshInterval))
            .build()
            .toString();
    for (var entity : Search.mapping(emf).allIndexedEntities()) {
      String index =
          entity.indexManager().unwrap(ElasticsearchIndexManager.class).descriptor().writeName();
      Request request = new Request("PUT", "/" + index + "/_settings");
      request.setJsonEntity(settings);
      perform(request);
    }
    LOG.info(() -> "Search indexes refresh every " + refreshInterval);
  }

  @Override
  public Optional<Properties> readMarker() {
    try {
      Response response = client().performRequest(new Request("GET", markerPath()));
      try (InputStream body = response.getEntity().getContent();
          JsonReader reader = Json.createReader(body)) {
        JsonObject source = reader.readObject().getJsonObject("_source");
        Properties marker = new Properties();
        source.forEach((name, value) -> marker.setProperty(name, source.getString(name)));
        return Optional.of(marker);
      }
    } catch (ResponseException e) {
      if (e.getResponse().getStatusLine().getStatusCode() == 404) {
        return Optional.empty(); // no marker index, or no marker in it
      }
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void writeMarker(Properties marker) {
    JsonObjectBuilder source = Json.createObjectBuilder();
    marker.stringPropertyNames().forEach(name -> source.add(name, marker.getProperty(name)));
    Request request = new Request("PUT", markerPath());
    request.addParameter("refresh", "true");
    request.setJsonEntity(source.build().toString());
    perform(request);
  }

  @Override
  public void deleteMarker() {
    Request request = new Request("DELETE", markerPath());
    request.addParameter("refresh", "true");
    try {
      client().performRequest(request);
    } catch (ResponseException e) {
      if (e.getResponse().getStatusLine().getStatusCode() != 404) {
        throw new UncheckedIOException(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String markerPath() {
    return "/" + PrefixedIndexLayout.configuredPrefix() + "marker" + MARKER_DOCUMENT;
  }

  private void perform(Request request) {
    try {
      client().performRequest(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RestClient client() {
    return Search.mapping(emf)
        .backend()
        .unwrap(ElasticsearchBackend.class)
        .client(RestClient.class);
  }
}
