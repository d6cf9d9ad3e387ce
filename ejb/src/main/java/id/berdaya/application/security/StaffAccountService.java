package id.berdaya.application.security;

import id.berdaya.domain.security.Role;
import id.berdaya.domain.security.StaffUser;
import id.berdaya.domain.security.StaffUserRepository;
import id.berdaya.infrastructure.security.PasswordHasher;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Staff accounts: who may log in, with which roles. Passwords are stored as PBKDF2 hashes only. */
@Stateless
public class StaffAccountService {

    private static final Logger LOG = Logger.getLogger(StaffAccountService.class.getName());

    @Inject
    private StaffUserRepository users;

    @Inject
    private PasswordHasher passwordHasher;

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
    public StaffUser create(String username, char[] password, String fullName, String nip, Set<Role> roles) {
        if (users.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("username already taken: " + username);
        }
        StaffUser user = new StaffUser(username, passwordHasher.hash(password), fullName, nip, roles);
        users.add(user);
        LOG.info(() -> "Staff account created: " + username + " " + roles);
        return user;
    }
}
