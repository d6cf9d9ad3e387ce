package id.berdaya.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one authentication mechanism of the application (Jakarta Security allows one): HTTP Basic
 * or a bearer token from {@code POST /api/tokens} for the REST API under {@code /api/}, a login
 * form with a session for the pages. Passwords are checked through {@link CredentialCheck}
 * (throttling, then a short cache, then PBKDF2), tokens through {@link ApiTokens} (a hash and one
 * query).
 */
@ApplicationScoped
public class BerdayaAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String THROTTLED_ATTRIBUTE = BerdayaAuthenticationMechanism.class.getName() + ".throttled";
    private static final String API_PREFIX = "/api/";
    static final String CLIENT_HEADER = "X-Berdaya-Client";
    static final String FIELD_CLIENT = "field";

    @Inject
    private CredentialCheck credentials;

    @Inject
    private ApiTokens tokens;

    @Inject
    private AccountStanding standing;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        return isApi(request) ? validateApiRequest(request, response, context) : validatePageRequest(request, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionIdentity.ATTRIBUTE);
        }
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<String> bearer = bearerToken(request.getHeader("Authorization"));
        if (bearer.isPresent()) {
            Optional<ApiTokens.Holder> holder = tokens.holder(bearer.get());
            if (holder.isPresent()) {
                return context.notifyContainerAboutLogin(new CallerPrincipal(holder.get().username()), holder.get().groups());
            }
            request.setAttribute(ApiErrorServlet.MESSAGE_ATTRIBUTE, "Token expired or unknown; sign in again");
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Berdaya\", error=\"invalid_token\"");
            return context.responseUnauthorized();
        }
        Optional<UsernamePasswordCredential> credential = basicCredential(request.getHeader("Authorization"));
        if (credential.isPresent()) {
            CredentialCheck.Result result = credentials.check(credential.get(), request.getRemoteAddr());
            if (result.outcome() == CredentialCheck.Outcome.VALID) {
                return context.notifyContainerAboutLogin(new CallerPrincipal(result.caller()), result.groups());
            }
            if (result.outcome() == CredentialCheck.Outcome.THROTTLED) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, result.retryAfter().toSeconds())));
                return unauthorized(request, response, context, "Too many failed logins; try again later");
            }
            return unauthorized(request, response, context, "Wrong username or password");
        } else if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(request, response, context, "Log in with HTTP Basic");
    }

    /**
     * 401 with the challenge; the container then renders its 401 error page, which for the API is
     * {@link ApiErrorServlet} writing the one error body with this message.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String message) {
        request.setAttribute(ApiErrorServlet.MESSAGE_ATTRIBUTE, message);
        // A script that signs in itself (the field app says so) gets a challenge that opens no browser dialog.
        boolean ownSignIn = FIELD_CLIENT.equals(request.getHeader(CLIENT_HEADER));
        response.setHeader("WWW-Authenticate", ownSignIn ? "Bearer realm=\"Berdaya\""
                : "Basic realm=\"Berdaya\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private AuthenticationStatus validatePageRequest(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            // A login submitted from the login page through SecurityContext.authenticate().
            if (!(credential instanceof UsernamePasswordCredential login)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialCheck.Result result = credentials.check(login, request.getRemoteAddr());
            if (result.outcome() != CredentialCheck.Outcome.VALID) {
                request.setAttribute(THROTTLED_ATTRIBUTE, result.outcome() == CredentialCheck.Outcome.THROTTLED);
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId(); // no session fixation
            SessionIdentity identity = SessionIdentity.of(result.caller(), result.groups());
            request.getSession().setAttribute(SessionIdentity.ATTRIBUTE, identity);
            return context.notifyContainerAboutLogin(identity.principal(), identity.groups());
        }
        HttpSession session = request.getSession(false);
        SessionIdentity identity = session == null ? null : (SessionIdentity) session.getAttribute(SessionIdentity.ATTRIBUTE);
        if (identity != null && standing.stands(identity.name(), identity.loggedInAt())) {
            return context.notifyContainerAboutLogin(identity.principal(), identity.groups());
        }
        if (identity != null) {
            // Disabled, or a new password or other roles since she logged in: the session ends.
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PREFIX) || path.equals("/api");
    }

    static Optional<String> bearerToken(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    static Optional<UsernamePasswordCredential> basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
