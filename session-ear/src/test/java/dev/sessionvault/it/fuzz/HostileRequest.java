package dev.sessionvault.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated request: its class, the endpoint it aims at, and its exact bytes on the wire.
 *
 * @param summary the method, the target and what is hostile about the request, printable
 * @param halfClose the client closes its side after sending (a body shorter than declared)
 */
record HostileRequest(
    RequestClass requestClass, Endpoint endpoint, String summary, byte[] wire, boolean halfClose) {
  /** The request line and headers: their size in bytes and the number of header lines. */
  record Head(int bytes, int lines) {}

  Head head() {
    int lines = 0;
    for (int i = 0; i + 3 < wire.length; i++) {
      if (wire[i] == '\r' && wire[i + 1] == '\n') {
        if (wire[i + 2] == '\r' && wire[i + 3] == '\n') {
          return new Head(i, lines);
        }
        lines++;
      }
    }
    return new Head(wire.length, lines);
  }

  /** Whether the request names its own X-Request-Id (which other requests may share). */
  boolean namesItsRequestId() {
    return new String(wire, 0, head().bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
        .contains("\r\nX-Request-Id:");
  }

  String method() {
    return summary.substring(0, summary.indexOf(' '));
  }

  /** A printable account of the request for failure messages: control bytes escaped, shortened. */
  @Override
  public String toString() {
    return requestClass + " " + summary;
  }

  static Builder to(RequestClass requestClass, Endpoint endpoint) {
    return new Builder(requestClass, endpoint);
  }

  /** Assembles the bytes; Host, Connection: close and Content-Length unless told otherwise. */
  static final class Builder {
    private final RequestClass requestClass;
    private final Endpoint endpoint;
    private String method;
    private byte[] target;
    private String version = "HTTP/1.1";
    private final List<byte[]> headers = new ArrayList<>();
    private byte[] body;
    private String contentLength;
    private boolean halfClose;
    private String note = "";

    private Builder(RequestClass requestClass, Endpoint endpoint) {
      this.requestClass = requestClass;
      this.endpoint = endpoint;
      this.method = endpoint.method();
    }

    Builder method(String method) {
      this.method = method;
      return this;
    }

    Builder target(String target) {
      return target(target.getBytes(StandardCharsets.UTF_8));
    }

    Builder target(byte[] target) {
      this.target = target;
      return this;
    }

    Builder version(String version) {
      this.version = version;
      return this;
    }

    Builder header(String name, String value) {
      return header(name, value.getBytes(StandardCharsets.UTF_8));
    }

    Builder header(String name, byte[] value) {
      headers.add(concat(name.getBytes(StandardCharsets.UTF_8), ": ".getBytes(), value));
      return this;
    }

    /** A header line exactly as given (no colon, folded, ...). */
    Builder rawHeader(byte[] line) {
      headers.add(line);
      return this;
    }

    Builder body(String json) {
      return body(json.getBytes(StandardCharsets.UTF_8));
    }

    Builder body(byte[] body) {
      this.body = body;
      return this;
    }

    /** A declared length of its own (null: none at all), whatever the body is. */
    Builder contentLength(String declared) {
      this.contentLength = declared == null ? "" : declared;
      return this;
    }

    Builder halfClose() {
      this.halfClose = true;
      return this;
    }

    Builder note(String note) {
      this.note = note;
      return this;
    }

    HostileRequest build() {
      ByteArrayOutputStream wire = new ByteArrayOutputStream();
      wire.writeBytes(concat(method.getBytes(StandardCharsets.UTF_8), new byte[] {' '}, target));
      wire.writeBytes((" " + version + "\r\n").getBytes(StandardCharsets.UTF_8));
      wire.writeBytes("Host: localhost\r\nConnection: close\r\n".getBytes(StandardCharsets.UTF_8));
      for (byte[] header : headers) {
        wire.writeBytes(header);
        wire.writeBytes(new byte[] {'\r', '\n'});
      }
      String length =
          contentLength != null ? contentLength : body == null ? null : "" + body.length;
      if (length != null && !length.isEmpty()) {
        wire.writeBytes(("Content-Length: " + length + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      wire.writeBytes(new byte[] {'\r', '\n'});
      if (body != null) {
        wire.writeBytes(body);
      }
      String summary =
          method
              + " "
              + printable(target, 160)
              + (note.isEmpty() ? "" : " [" + note + "]")
              + (body == null ? "" : " body " + body.length + " B: " + printable(body, 160));
      return new HostileRequest(requestClass, endpoint, summary, wire.toByteArray(), halfClose);
    }
  }

  static String printable(byte[] bytes, int max) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < bytes.length && text.length() < max; i++) {
      int b = bytes[i] & 0xff;
      text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
    }
    return bytes.length > max ? text + "…" : text.toString();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
