package dev.sessionvault.it.fuzz;

import static dev.sessionvault.it.fuzz.RequestClass.BROKEN_FRAMING;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Requests whose HTTP framing is broken: versions, lengths, chunks, header lines, targets. Liberty
 * answers these itself, before the application.
 */
final class FramingHostility {
  static final List<String> FRAMINGS =
      List.of(
          "HTTP/1.2",
          "HTTP/2.0",
          "HTTP/9.9",
          "HTTP/0.9",
          "HTTX/1.1",
          "no version",
          "both lengths",
          "bad chunk size",
          "negative chunk",
          "huge chunk",
          "missing last chunk",
          "negative length",
          "length abc",
          "two lengths",
          "no colon",
          "folded header",
          "bare LF",
          "absolute target",
          "space in target",
          "asterisk target",
          "empty header name",
          "chunked gzip");

  private final Requests requests;

  FramingHostility(Requests requests) {
    this.requests = requests;
  }

  Arbitrary<HostileRequest> brokenFraming() {
    return Combinators.combine(Arbitraries.of(requests.all), Arbitraries.of(FRAMINGS))
        .as(this::framing);
  }

  private HostileRequest framing(Endpoint endpoint, String how) {
    String json = endpoint.takesBody() ? requests.validBody(endpoint).json() : "{}";
    HostileRequest.Builder request =
        requests
            .start(BROKEN_FRAMING, endpoint)
            .note(how)
            .header("Content-Type", Requests.mediaType(endpoint));
    return switch (how) {
      case "no version" -> request.version("").build();
      case "both lengths" ->
          request
              .header("Transfer-Encoding", "chunked")
              .body(chunked(json, Integer.toHexString(json.length()), true))
              .build();
      case "bad chunk size" -> chunkedRequest(request, json, "zz", true);
      case "negative chunk" -> chunkedRequest(request, json, "-5", true);
      case "huge chunk" -> chunkedRequest(request, json, "ffffffffffffffff", false);
      case "missing last chunk" ->
          chunkedRequest(request, json, Integer.toHexString(json.length()), false);
      case "chunked gzip" ->
          request
              .header("Transfer-Encoding", "gzip, chunked")
              .contentLength(null)
              .body(chunked(json, Integer.toHexString(json.length()), true))
              .build();
      case "negative length" -> request.body(json).contentLength("-5").halfClose().build();
      case "length abc" -> request.body(json).contentLength("abc").build();
      case "two lengths" -> request.header("Content-Length", "1").body(json).build();
      case "no colon" ->
          request.rawHeader("X-Fuzz no colon".getBytes(StandardCharsets.US_ASCII)).build();
      case "folded header" ->
          request.rawHeader("X-Fuzz: a\r\n folded".getBytes(StandardCharsets.US_ASCII)).build();
      case "empty header name" ->
          request.rawHeader(": empty".getBytes(StandardCharsets.US_ASCII)).build();
      case "bare LF" -> bareLf(request.build());
      case "absolute target" ->
          request.target("http://evil.example" + requests.path(endpoint)).build();
      case "space in target" -> request.target(requests.path(endpoint) + " x").build();
      case "asterisk target" -> request.target("*").build();
      default -> request.version(how).build();
    };
  }

  private static HostileRequest chunkedRequest(
      HostileRequest.Builder request, String json, String size, boolean last) {
    return request
        .header("Transfer-Encoding", "chunked")
        .contentLength(null)
        .body(chunked(json, size, last))
        .halfClose()
        .build();
  }

  private static byte[] chunked(String json, String size, boolean last) {
    return (size + "\r\n" + json + "\r\n" + (last ? "0\r\n\r\n" : ""))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static HostileRequest bareLf(HostileRequest request) {
    String wire = new String(request.wire(), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    return new HostileRequest(
        request.requestClass(),
        request.endpoint(),
        request.summary(),
        wire.getBytes(StandardCharsets.ISO_8859_1),
        false);
  }
}
