package id.berdaya.interfaces.rest;

import id.berdaya.application.security.StaffAccountService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.security.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;

/** Who am I: the caller's account and roles. Any staff role. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record MeView(String username, String fullName, List<String> roles) {
    }

    @Inject
    private StaffAccountService accounts;

    @GET
    public MeView me(@Context SecurityContext security) {
        String username = security.getUserPrincipal().getName();
        String fullName = accounts.find(username).map(StaffUser::getFullName).orElse(username);
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).filter(security::isUserInRole).toList();
        return new MeView(username, fullName, roles);
    }
}
