package id.berdaya.interfaces.security;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serializable;
import java.util.Set;

/** Who logged in through the login page, kept in the HTTP session between page requests. */
final class SessionIdentity implements Serializable {

    static final String ATTRIBUTE = SessionIdentity.class.getName();
    private static final long serialVersionUID = 1L;

    private final String name;
    private final Set<String> groups;

    private SessionIdentity(String name, Set<String> groups) {
        this.name = name;
        this.groups = Set.copyOf(groups);
    }

    static SessionIdentity of(String name, Set<String> groups) {
        return new SessionIdentity(name, groups);
    }

    CallerPrincipal principal() {
        return new CallerPrincipal(name);
    }

    Set<String> groups() {
        return groups;
    }
}
