package id.berdaya.interfaces.web;

import id.berdaya.application.security.StaffAccountService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.security.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

/** The logged-in member of staff, for the page header and the role-specific home page. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @Inject
    private StaffAccountService accounts;

    private String username;
    private String fullName;

    @PostConstruct
    void init() {
        Principal principal = security.getCallerPrincipal();
        username = principal == null ? null : principal.getName();
        fullName = username == null ? null : accounts.find(username).map(StaffUser::getFullName).orElse(username);
    }

    public boolean isLoggedIn() {
        return username != null;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    /** Whether the caller holds one of the comma-separated roles (menu links follow web.xml's page roles). */
    public boolean hasAnyRole(String roles) {
        return Arrays.stream(roles.split(",")).map(String::strip).anyMatch(security::isCallerInRole);
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::name).filter(security::isCallerInRole).toList();
    }
}
