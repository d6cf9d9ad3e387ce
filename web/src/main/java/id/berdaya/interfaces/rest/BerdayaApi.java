package id.berdaya.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, at /berdaya/api, HTTP Basic authentication or a bearer token from {@code POST /api/tokens}. Its OpenAPI document is served at
 * /openapi (YAML, or JSON with {@code ?format=JSON}); {@link ApiErrorResponses} adds the one error body
 * to every operation.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Berdaya API", version = "1",
        description = "WRSE aid and KUBP microloans for the field app, payment gateways and other agencies' systems. "
                + "Texts for people (reasons, messages) come in Bahasa Indonesia and English. Every error answers "
                + "the same JSON body (ApiError).",
        contact = @Contact(name = "Dinas Sosial")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A staff account's username and password")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A short-lived token from POST /api/tokens (issue 22): sign in once, then no password per request")
public class BerdayaApi extends Application {
}
