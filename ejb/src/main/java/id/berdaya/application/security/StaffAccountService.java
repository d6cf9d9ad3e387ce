package id.berdaya.application.security;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.security.StaffUser;
import id.berdaya.domain.security.StaffUserChange;
import id.berdaya.domain.security.StaffUserChange.Kind;
import id.berdaya.domain.security.StaffUserRepository;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.infrastructure.security.PasswordHasher;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Staff accounts: who may log in, with which roles. Administrators add staff, change their details
 * and roles, disable and enable them and set a new password; every change is in the account's
 * history. Passwords are stored as PBKDF2 hashes only and never logged or recorded. An
 * administrator cannot lock the office out: she cannot disable herself or take away her own ADMIN
 * role, and the last active administrator stays one.
 */
@Stateless
public class StaffAccountService {

    private static final Logger LOG = Logger.getLogger(StaffAccountService.class.getName());
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,49}");
    private static final Pattern NIP = Pattern.compile("\\d{18}");
    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_LENGTH = 128;

    @Inject
    private StaffUserRepository users;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private ReferenceDataService referenceData;

    @Resource
    private SessionContext session;

    @RolesAllowed(Role.Names.ADMIN)
    public List<StaffUser> listAll() {
        return users.findAll();
    }

    /** A member of staff's own account, for the page header and signature blocks. */
    @PermitAll
    public Optional<StaffUser> find(String username) {
        return users.findByUsername(username);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public StaffUser get(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("Staff account", username));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<StaffUserChange> history(String username) {
        return users.history(get(username));
    }

    /** Adds a member of staff with a first password, which she is told in person. */
    @RolesAllowed(Role.Names.ADMIN)
    public StaffUser create(StaffAccountDetails details, char[] password) {
        String username = details.username() == null ? "" : details.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username",
                    "A username is 3-50 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter",
                    "Nama pengguna 3-50 karakter: huruf kecil, angka, '.', '_' atau '-', diawali huruf");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "The username " + username + " is already taken",
                    "Nama pengguna " + username + " sudah dipakai");
        }
        Checked checked = check(details);
        checkPassword(password, username);
        StaffUser user = new StaffUser(username, passwordHasher.hash(password), checked.fullName, checked.nip, checked.roles);
        user.assignArea(checked.regencyCode, checked.districtCode);
        user.setPasswordByAdministrator(user.getPasswordHash(), null);
        users.add(user);
        record(user, Kind.CREATED, roles(checked.roles));
        LOG.info(() -> "Staff account created: " + username + " " + checked.roles + " by " + caller());
        return user;
    }

    /** New name, NIP, regency, district and roles. Taking a role away ends her open sessions. */
    @RolesAllowed(Role.Names.ADMIN)
    public StaffUser update(String username, long version, StaffAccountDetails details) {
        StaffUser user = current(username, version);
        Checked checked = check(details);
        if (user.getUsername().equals(caller()) && !checked.roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "You cannot take away your own administrator role",
                    "Anda tidak dapat mencabut peran administrator Anda sendiri");
        }
        if (user.hasRole(Role.ADMIN) && user.isActive() && !checked.roles.contains(Role.ADMIN) && users.countActive(Role.ADMIN) <= 1) {
            throw new InvalidInputException("roles", "The last active administrator keeps the administrator role",
                    "Administrator aktif terakhir tetap memegang peran administrator");
        }
        Instant now = Instant.now();
        String before = describe(user.getFullName(), user.getNip(), user.getRegencyCode(), user.getDistrictCode());
        String after = describe(checked.fullName, checked.nip, checked.regencyCode, checked.districtCode);
        if (!before.equals(after)) {
            user.describe(checked.fullName, checked.nip, checked.regencyCode, checked.districtCode);
            record(user, Kind.DETAILS, before + " → " + after);
        }
        if (!EnumSet.copyOf(checked.roles).equals(user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles()))) {
            String previous = roles(user.getRoles());
            user.assignRoles(checked.roles, now);
            record(user, Kind.ROLES, previous + " → " + roles(checked.roles));
        }
        return user;
    }

    /** Disables or enables an account; disabling ends her open sessions and refuses her logins. */
    @RolesAllowed(Role.Names.ADMIN)
    public StaffUser setActive(String username, long version, boolean active) {
        StaffUser user = current(username, version);
        if (active == user.isActive()) {
            return user;
        }
        if (!active) {
            if (user.getUsername().equals(caller())) {
                throw new StateConflictException("You cannot disable your own account", "Anda tidak dapat menonaktifkan akun Anda sendiri");
            }
            if (user.hasRole(Role.ADMIN) && users.countActive(Role.ADMIN) <= 1) {
                throw new StateConflictException("The last active administrator cannot be disabled",
                        "Administrator aktif terakhir tidak dapat dinonaktifkan");
            }
            user.disable(Instant.now());
            record(user, Kind.DISABLED, "");
        } else {
            user.enable();
            record(user, Kind.ENABLED, "");
        }
        LOG.info(() -> "Staff account " + username + (active ? " enabled" : " disabled") + " by " + caller());
        return user;
    }

    /** Sets a new password (told to her in person); her open sessions end. */
    @RolesAllowed(Role.Names.ADMIN)
    public StaffUser resetPassword(String username, long version, char[] password) {
        StaffUser user = current(username, version);
        checkPassword(password, user.getUsername());
        user.setPasswordByAdministrator(passwordHasher.hash(password), Instant.now());
        record(user, Kind.PASSWORD, "");
        LOG.info(() -> "Password of " + username + " set by " + caller());
        return user;
    }

    /**
     * The caller's own new password, in place of one an administrator set (or any time): the current
     * one must be given. A wrong current password is a 400 on {@code currentPassword}.
     */
    @PermitAll
    public StaffUser chooseOwnPassword(char[] currentPassword, char[] newPassword) {
        StaffUser user = users.findByUsername(caller()).orElseThrow(() -> new NotFoundException("Staff account", caller()));
        if (currentPassword == null || !passwordHasher.verify(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "The current password is wrong", "Kata sandi saat ini salah");
        }
        checkPassword(newPassword, user.getUsername(), "newPassword");
        if (java.util.Arrays.equals(currentPassword, newPassword)) {
            throw new InvalidInputException("newPassword", "Choose a password other than the current one",
                    "Pilih kata sandi yang berbeda dari kata sandi saat ini");
        }
        user.choosePassword(passwordHasher.hash(newPassword), Instant.now());
        users.record(new StaffUserChange(user, Instant.now(), caller(), Kind.PASSWORD, ""));
        return user;
    }

    private StaffUser current(String username, long version) {
        StaffUser user = get(username);
        if (user.getVersion() != version) {
            throw new StateConflictException("The account of " + username + " was changed meanwhile; open it again",
                    "Akun " + username + " telah diubah orang lain; buka kembali");
        }
        return user;
    }

    private record Checked(String fullName, String nip, String regencyCode, String districtCode, Set<Role> roles) {
    }

    private Checked check(StaffAccountDetails details) {
        String fullName = details.fullName() == null ? "" : details.fullName().strip();
        if (fullName.isEmpty() || fullName.length() > 150 || fullName.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("fullName", "The full name is required, at most 150 characters, one line",
                    "Nama lengkap wajib diisi, paling banyak 150 karakter, satu baris");
        }
        String nip = details.nip() == null || details.nip().isBlank() ? null : details.nip().strip();
        if (nip != null && !NIP.matcher(nip).matches()) {
            throw new InvalidInputException("nip", "A NIP has 18 digits", "NIP terdiri dari 18 angka");
        }
        String regency = details.regencyCode() == null || details.regencyCode().isBlank() ? null : details.regencyCode().strip();
        if (regency != null && referenceData.regencies().stream().noneMatch(r -> r.getCode().equals(regency))) {
            throw new InvalidInputException("regencyCode", "Unknown regency/city code " + regency,
                    "Kode kabupaten/kota " + regency + " tidak dikenal");
        }
        String district = details.districtCode() == null || details.districtCode().isBlank() ? null : details.districtCode().strip();
        if (district != null && regency == null) {
            throw new InvalidInputException("districtCode", "Choose the regency first: a district lies in a regency",
                    "Pilih kabupaten/kota terlebih dahulu: kecamatan terletak di kabupaten/kota");
        }
        if (district != null && referenceData.districtsOf(regency).stream().noneMatch(d -> d.getCode().equals(district))) {
            String shown = district.replaceAll("[^0-9A-Za-z]", "?");
            throw new InvalidInputException("districtCode", "District " + shown + " is not a district of regency " + regency,
                    "Kecamatan " + shown + " bukan kecamatan di kabupaten/kota " + regency);
        }
        if (details.roles() == null || details.roles().isEmpty()) {
            throw new InvalidInputException("roles", "Choose at least one role", "Pilih sedikitnya satu peran");
        }
        if (details.roles().contains(Role.RULE_TECHNICIAN) && !details.roles().contains(Role.POLICY_STAFF)) {
            throw new InvalidInputException("roles", "A rule technician is also policy staff",
                    "Teknisi aturan juga harus memegang peran staf kebijakan");
        }
        return new Checked(fullName, nip, regency, district, EnumSet.copyOf(details.roles()));
    }

    private static void checkPassword(char[] password, String username) {
        checkPassword(password, username, "password");
    }

    private static void checkPassword(char[] password, String username, String field) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
            throw new InvalidInputException(field, "A password has " + MIN_PASSWORD_LENGTH + "-" + MAX_PASSWORD_LENGTH + " characters",
                    "Kata sandi terdiri dari " + MIN_PASSWORD_LENGTH + "-" + MAX_PASSWORD_LENGTH + " karakter");
        }
        String text = new String(password);
        if (text.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new InvalidInputException(field, "The password must not contain the username",
                    "Kata sandi tidak boleh memuat nama pengguna");
        }
        if (text.chars().distinct().count() < 4) {
            throw new InvalidInputException(field, "The password is too easy to guess (too few different characters)",
                    "Kata sandi terlalu mudah ditebak (terlalu sedikit karakter berbeda)");
        }
    }

    private void record(StaffUser user, Kind kind, String detail) {
        users.record(new StaffUserChange(user, Instant.now(), caller(), kind, detail));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }

    private static String describe(String fullName, String nip, String regencyCode, String districtCode) {
        return fullName + " / NIP " + (nip == null ? "-" : nip) + " / " + (regencyCode == null ? "-" : regencyCode)
                + (districtCode == null ? "" : " / " + districtCode);
    }
}
