package id.berdaya.domain.security;

import java.util.List;
import java.util.Optional;

public interface StaffUserRepository {

    Optional<StaffUser> findByUsername(String username);

    List<StaffUser> findAll();

    long count();

    void add(StaffUser user);
}
