package dev.sessionvault.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath(SessionVaultApi.PATH)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Session Vault API",
            version = "1",
            description =
                "Store, list and govern the sessions of AI coding assistants. Errors are"
                    + " application/problem+json (RFC 9457)."))
public class SessionVaultApi extends Application {
  public static final String PATH = "/api/v1";
}
