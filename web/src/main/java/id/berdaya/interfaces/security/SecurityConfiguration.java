package id.berdaya.interfaces.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Staff are authenticated against the app_user table; their roles are their groups. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/BerdayaDS",
        callerQuery = "select password_hash from app_user where username = ? and active = true",
        groupsQuery = "select r.role from app_user_role r join app_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({"LOAN_OFFICER", "POLICY_STAFF", "FINANCE_STAFF", "SUPERVISOR", "ADMIN", "RULE_TECHNICIAN"})
@ApplicationScoped
public class SecurityConfiguration {
}
