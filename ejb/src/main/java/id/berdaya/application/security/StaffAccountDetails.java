package id.berdaya.application.security;

import id.berdaya.domain.security.Role;
import java.util.Set;

/**
 * What an administrator fills in for a staff account. Checked by {@link StaffAccountService}: each
 * bad value is refused naming its field ({@code username}, {@code fullName}, {@code nip},
 * {@code regencyCode}, {@code districtCode}, {@code roles}). The district is
 * optional and one of the regency's districts.
 */
public record StaffAccountDetails(String username, String fullName, String nip, String regencyCode, String districtCode,
        Set<Role> roles) {
}
