package id.berdaya.interfaces.rest;

import id.berdaya.application.security.StaffAccountService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.security.StaffUser;
import id.berdaya.interfaces.security.ApiTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Short-lived API tokens: {@code POST /api/tokens} with HTTP Basic answers 201 {@code {"token",
 * "expiresAt", ...}}; the client then sends {@code Authorization: Bearer <token>} until it expires
 * (8 hours; {@code -Dberdaya.api.tokenMinutes}), checked without PBKDF2. A token cannot make
 * another one (the password is needed again), so a lost phone's token ends with its time.
 * {@code DELETE /api/tokens/current} ends the token it is sent with (signing out). Any staff role.
 */
@Path("tokens")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    /** The body, {@code {}} at least; @param client who asks, for the log (e.g. "field"); optional */
    public record TokenRequest(@Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") String client) {
    }

    public record TokenView(String token, Instant expiresAt, String username, String fullName, List<String> roles) {
    }

    @Inject
    private ApiTokens tokens;

    @Inject
    private StaffAccountService accounts;

    @Context
    private SecurityContext security;

    @POST
    @Operation(summary = "Signs in once: a bearer token for the next hours, for HTTP Basic credentials")
    @SecurityRequirement(name = "basic")
    public Response issue(@NotNull @Valid TokenRequest request, @HeaderParam("Authorization") String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return ErrorMappers.error(Response.Status.UNAUTHORIZED, "A token is issued for a username and password "
                    + "(HTTP Basic), not for another token");
        }
        String username = security.getUserPrincipal().getName();
        String client = request.client() == null ? "api" : request.client();
        ApiTokens.Issued issued = tokens.issue(username, client);
        String fullName = accounts.find(username).map(StaffUser::getFullName).orElse(username);
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).filter(security::isUserInRole).toList();
        return Response.status(Response.Status.CREATED)
                .entity(new TokenView(issued.token(), issued.expiresAt(), username, fullName, roles)).build();
    }

    @DELETE
    @Path("current")
    @Operation(summary = "Ends the bearer token this request is sent with (signing out)")
    @SecurityRequirement(name = "bearer")
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).trim());
        }
        return Response.noContent().build();
    }
}
