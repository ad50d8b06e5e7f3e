package dev.sessionvault.web.api.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Responses list every field, null ones included, so that clients see the whole shape. */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {
  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
