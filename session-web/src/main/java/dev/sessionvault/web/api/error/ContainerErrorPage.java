package dev.sessionvault.web.api.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page web.xml names for the errors Liberty answers itself, before the JAX-RS runtime
 * runs (a path its web container cannot decode, an unparsable Accept or Content-Type): the same
 * problem documents the API answers, instead of Liberty's HTML or plain-text pages.
 */
@WebServlet("/problem")
public class ContainerErrorPage extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : 404;
    response.setStatus(status);
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String body = (String) problem(status).getEntity();
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  private static jakarta.ws.rs.core.Response problem(int status) {
    return switch (status) {
      case 400 ->
          Problems.response(
              400,
              "validation",
              "The request is invalid",
              "the request could not be read: the path and query must be percent-encoded UTF-8"
                  + " (no encoded '/', '\\', ';' or NUL), and Accept and Content-Type must be"
                  + " valid media types such as application/json");
      case 404 -> Problems.response(404, "not-found", "Not found", "no resource at this path");
      case 405 ->
          Problems.response(
              405,
              "method-not-allowed",
              "Method not allowed",
              "this path does not take that method");
      case 413, 431 ->
          Problems.response(
              status,
              "payload-too-large",
              "Payload too large",
              "the request or its headers are too large; send less");
      default ->
          status >= 500
              ? Problems.response(
                  status, "server-error", "Server error", "the server failed to handle the request")
              : Problems.response(
                  status, "http-" + status, "Request refused", "the server refused the request");
    };
  }
}
