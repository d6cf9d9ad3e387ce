package id.berdaya.domain.security;

import id.berdaya.domain.shared.KeepsHistory;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A member of staff who logs in. The password is only ever held as a salted, slow hash
 * (PBKDF2, in the format of Jakarta Security's {@code Pbkdf2PasswordHash}).
 */
@KeepsHistory
@Entity
@Table(name = "app_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(length = 18)
    private String nip;

    @Column(name = "regency_code", length = 6)
    private String regencyCode;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Every session opened before this instant has ended (disabled, new password, other roles). */
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    /** Set by an administrator's password: she chooses her own at her next login. */
    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected StaffUser() {
        // for JPA
    }

    public StaffUser(String username, String passwordHash, String fullName, String nip, Set<Role> roles) {
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.nip = nip;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    public void assignRegency(String regencyCode) {
        this.regencyCode = regencyCode;
    }

    /** New name, NIP and regency; the caller has checked them. */
    public void describe(String fullName, String nip, String regencyCode) {
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.nip = nip;
        this.regencyCode = regencyCode;
    }

    /** Other roles: her open sessions end, so that she never keeps a role she no longer holds. */
    public void assignRoles(Set<Role> roles, Instant at) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.credentialsChangedAt = at;
    }

    public void disable(Instant at) {
        this.active = false;
        this.credentialsChangedAt = at;
    }

    public void enable() {
        this.active = true;
    }

    /** A password an administrator set (a first one, or after a reset): she changes it at her next login. */
    public void setPasswordByAdministrator(String passwordHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.passwordMustChange = true;
        this.credentialsChangedAt = at;
    }

    /** Her own new password: sessions opened before it end (the page renews hers). */
    public void choosePassword(String passwordHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.passwordMustChange = false;
        this.credentialsChangedAt = at;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    public Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getNip() {
        return nip;
    }

    public String getRegencyCode() {
        return regencyCode;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
