package id.berdaya.interfaces.security;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** Who logged in through the login page, kept in the HTTP session between page requests. */
final class SessionIdentity implements Serializable {

    static final String ATTRIBUTE = SessionIdentity.class.getName();
    private static final long serialVersionUID = 1L;

    private final String name;
    private final Set<String> groups;
    private final Instant loggedInAt;

    private SessionIdentity(String name, Set<String> groups, Instant loggedInAt) {
        this.name = name;
        this.groups = Set.copyOf(groups);
        this.loggedInAt = loggedInAt;
    }

    static SessionIdentity of(String name, Set<String> groups) {
        return new SessionIdentity(name, groups, Instant.now());
    }

    /** The same login, made now: after her own password change, so that her session goes on. */
    SessionIdentity renewed() {
        return new SessionIdentity(name, groups, Instant.now());
    }

    String name() {
        return name;
    }

    /** When she logged in: a change to her account after this ends the session. */
    Instant loggedInAt() {
        return loggedInAt;
    }

    CallerPrincipal principal() {
        return new CallerPrincipal(name);
    }

    Set<String> groups() {
        return groups;
    }
}
