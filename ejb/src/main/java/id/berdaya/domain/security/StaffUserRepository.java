package id.berdaya.domain.security;

import java.util.List;
import java.util.Optional;

public interface StaffUserRepository {

    Optional<StaffUser> findByUsername(String username);

    List<StaffUser> findAll();

    long count();

    void add(StaffUser user);

    void record(StaffUserChange change);

    /** The account's history, newest first. */
    List<StaffUserChange> history(StaffUser user);

    /** How many active accounts hold the role, their rows locked until the transaction ends. */
    long countActive(Role role);
}
