package id.berdaya.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every API request before it reaches a resource:
 * <ul>
 * <li>A POST must say it sends something other than what a plain HTML form or a "simple" cross-site
 * request may send (text/plain, form or multipart, or nothing): another site cannot then trigger
 * a state change with the browser's cached Basic credentials (415).</li>
 * <li>Digits in the path and in query parameters are ASCII only: Java would read Arabic-Indic or
 * other digits as numbers, so {@code /loans/١٢} would be loan 12 (404; 400 for a query parameter).</li>
 * </ul>
 */
@Provider
@PreMatching
public class RequestGuard implements ContainerRequestFilter {

    private static final Set<String> CROSS_SITE_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data");

    @Override
    public void filter(ContainerRequestContext request) {
        if ("POST".equals(request.getMethod())) {
            MediaType type = request.getMediaType();
            if (type == null || CROSS_SITE_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
                request.abortWith(BadInputMappers.error(415, "Send the request with Content-Type: application/json",
                        List.of(new ApiError.FieldError("Content-Type", type == null ? "missing" : "not accepted: " + type))));
                return;
            }
        }
        if (!asciiDigitsOnly(request.getUriInfo().getPath(true))) {
            request.abortWith(ErrorMappers.error(Response.Status.NOT_FOUND, "Not Found"));
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            for (String value : parameter.getValue()) {
                if (!asciiDigitsOnly(value) || TextChecks.problem(value, false) != null) {
                    request.abortWith(BadInputMappers.badRequest(List.of(new ApiError.FieldError(parameter.getKey(),
                            "only ASCII digits and printable characters are accepted"))));
                    return;
                }
            }
        }
    }

    static boolean asciiDigitsOnly(String text) {
        return text.codePoints().noneMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'));
    }
}
