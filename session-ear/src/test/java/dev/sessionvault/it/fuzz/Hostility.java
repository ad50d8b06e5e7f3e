package dev.sessionvault.it.fuzz;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;

/**
 * The generators of hostile requests, one jqwik arbitrary per {@link RequestClass}, drawn from one
 * seeded source of randomness: the same seed gives the same sequence of requests (jqwik's sampling,
 * since FuzzIT runs on JUnit Jupiter, not on jqwik's engine).
 */
final class Hostility {
  private final Map<RequestClass, Iterator<HostileRequest>> generators =
      new EnumMap<>(RequestClass.class);

  Hostility(List<Endpoint> endpoints, Targets targets, FuzzSettings settings) {
    Requests requests = new Requests(endpoints, targets);
    BodyHostility bodies = new BodyHostility(requests, settings.maxRequestBytes());
    TextHostility text = new TextHostility(requests);
    HeaderHostility headers = new HeaderHostility(requests);
    FramingHostility framing = new FramingHostility(requests);
    for (RequestClass requestClass : RequestClass.values()) {
      Arbitrary<HostileRequest> arbitrary =
          switch (requestClass) {
            case WRONG_TYPES -> bodies.wrongTypes();
            case HUGE_NUMBERS -> bodies.hugeNumbers();
            case DEEP_NESTING -> bodies.deepNesting();
            case MALFORMED_JSON -> bodies.malformedJson();
            case TRUNCATED_BODY -> bodies.truncatedBody();
            case OVERSIZED_BODY -> bodies.oversizedBody();
            case INVALID_UTF8 -> text.invalidUtf8();
            case NUL_BYTES -> text.nulBytes();
            case BAD_IDS -> text.badIds();
            case BAD_QUERY_VALUES -> text.badQueryValues();
            case QUERY_BOMBS -> text.queryBombs();
            case MALFORMED_QUERY_STRING -> text.malformedQueryString();
            case OVERSIZED_HEADERS -> headers.oversizedHeaders();
            case WRONG_MEDIA_TYPES -> headers.wrongMediaTypes();
            case CONTENT_ENCODING -> headers.contentEncoding();
            case BAD_HEADERS -> headers.badHeaders();
            case BAD_CREDENTIALS -> headers.badCredentials();
            case WRONG_METHODS -> headers.wrongMethods();
            case BROKEN_FRAMING -> framing.brokenFraming();
          };
      generators.put(requestClass, arbitrary.sampleStream().iterator());
    }
    // Sampling draws from jqwik's per-thread source of randomness: seeded here, it repeats a run.
    SourceOfRandomness.create(Long.toString(settings.seed()));
  }

  /** The n-th request: the classes take turns, so that every class gets its share. */
  HostileRequest next(int n) {
    RequestClass[] classes = RequestClass.values();
    return generators.get(classes[n % classes.length]).next();
  }
}
