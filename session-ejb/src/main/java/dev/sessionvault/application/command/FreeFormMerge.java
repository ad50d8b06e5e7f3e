package dev.sessionvault.application.command;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The merge rule of JSON Merge Patch (RFC 7386) for free-form objects (metadata, llmConfig, state):
 * members of the patch replace those of the target, null members remove them, and objects merge
 * member by member. Works on plain Java maps, so the service needs no JSON library.
 */
public final class FreeFormMerge {
  private FreeFormMerge() {}

  /** A new map; neither argument is changed. A null target merges like an empty one. */
  public static Map<String, Object> merge(Map<String, Object> target, Map<String, Object> patch) {
    Map<String, Object> result =
        target == null ? new LinkedHashMap<>() : new LinkedHashMap<>(target);
    patch.forEach(
        (name, value) -> {
          if (value == null) {
            result.remove(name);
          } else {
            result.put(name, mergeValue(result.get(name), value));
          }
        });
    return result;
  }

  private static Object mergeValue(Object target, Object patch) {
    if (!(patch instanceof Map<?, ?> object)) {
      return patch;
    }
    return merge(target instanceof Map<?, ?> map ? strings(map) : null, strings(object));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> strings(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
