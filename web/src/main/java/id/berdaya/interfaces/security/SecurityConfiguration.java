package id.berdaya.interfaces.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The roles of the application; staff and their roles come from {@link StaffIdentityStore}. */
@DeclareRoles({"LOAN_OFFICER", "POLICY_STAFF", "FINANCE_STAFF", "SUPERVISOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
