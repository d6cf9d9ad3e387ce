package id.berdaya.interfaces.rest;

import id.berdaya.application.security.StaffAccountService;
import id.berdaya.domain.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Staff accounts, for administrators. */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class StaffUserResource {

    public record StaffUserView(String username, String fullName, String nip, List<String> roles, boolean active) {
    }

    @Inject
    private StaffAccountService accounts;

    @GET
    public List<StaffUserView> list() {
        return accounts.listAll().stream()
                .map(u -> new StaffUserView(u.getUsername(), u.getFullName(), u.getNip(),
                        u.getRoles().stream().map(Role::name).sorted().toList(), u.isActive()))
                .toList();
    }
}
