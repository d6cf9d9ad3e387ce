package id.berdaya.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** What pages may do to the login kept in their session. */
public final class Logins {

    private Logins() {
    }

    /**
     * Renews the session's login after she changed her own password: every session opened before
     * the change ends, this one goes on.
     */
    public static void renew(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity identity) {
            session.setAttribute(SessionIdentity.ATTRIBUTE, identity.renewed());
        }
    }
}
