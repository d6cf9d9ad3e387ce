package id.berdaya.interfaces.rest;

import id.berdaya.application.security.StaffAccountDetails;
import id.berdaya.application.security.StaffAccountService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.security.StaffUser;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.ListSearch;
import id.berdaya.interfaces.security.AccountStanding;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Staff accounts, for administrators: list, read with history, add, change details and roles,
 * disable or enable, set a new password. Changes carry the account's {@code version} as read, so
 * two administrators never overwrite each other (409). A password is accepted, hashed and never
 * answered or logged.
 */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class StaffUserResource {

    /** Any text: an unknown username is a 404 from the service, after the role check (403 for others). */
    private static final String USERNAME = "{username}";

    public record StaffUserView(String username, String fullName, String nip, String regencyCode, String districtCode, List<String> roles,
            boolean active, boolean mustChangePassword, Instant createdAt, long version) {
    }

    public record ChangeView(Instant changedAt, String changedBy, String kind, String detail) {
    }

    public record StaffUserDetailView(StaffUserView account, List<ChangeView> history) {
    }

    /** A new account: its details and first password (10-128 characters); the district is optional, one of the regency's. */
    public record NewStaffUserRequest(@NotBlank @Size(max = 50) String username, @NotBlank @Size(max = 150) String fullName,
            @Size(max = 18) String nip, @Size(max = 6) String regencyCode, @Size(max = 6) String districtCode, @NotNull @Size(min = 1, max = 6) List<String> roles,
            @NotNull @Size(max = 128) String password) {
    }

    /** New details and roles, with the version of the account as read; no districtCode means none. */
    public record StaffUserChangeRequest(@NotNull Long version, @NotBlank @Size(max = 150) String fullName,
            @Size(max = 18) String nip, @Size(max = 6) String regencyCode, @Size(max = 6) String districtCode, @NotNull @Size(min = 1, max = 6) List<String> roles) {
    }

    /** The version of the account as read. */
    public record VersionRequest(@NotNull Long version) {
    }

    /** A new password (10-128 characters), with the version of the account as read. */
    public record PasswordRequest(@NotNull Long version, @NotNull @Size(max = 128) String password) {
    }

    @Inject
    private StaffAccountService accounts;

    @Inject
    private AccountStanding standing;

    /** The staff list's sort keys. */
    private static final Map<String, Comparator<StaffUserView>> SORT_KEYS = Map.of(
            "username", ListSorting.byText(StaffUserView::username),
            "name", ListSorting.byText(StaffUserView::fullName),
            "regency", ListSorting.by(StaffUserView::regencyCode),
            "district", ListSorting.by(StaffUserView::districtCode),
            "active", ListSorting.by(StaffUserView::active),
            "created", ListSorting.by(StaffUserView::createdAt));

    @GET
    @Operation(summary = "Lists staff accounts, searched by name, username or NIP, sorted")
    public List<StaffUserView> list(
            @Parameter(description = "Part of the full name or username (any case), or a full 18-digit NIP, at most 100 characters")
            @QueryParam("q") String q,
            @Parameter(description = "Sort key: username, name, regency, district, active or created; a leading - for descending "
                    + "(default username). Another key is a 400 on sort") @QueryParam("sort") String sort) {
        ListSearch.of(q);
        String text = q == null ? "" : q.strip();
        return ListSorting.sorted(accounts.listAll().stream().filter(u -> matches(u, text)).map(StaffUserResource::view).toList(),
                sort, SORT_KEYS);
    }

    /** Whether an account is found by this search text: part of her name or username (any case), or her full NIP. */
    public static boolean matches(StaffUser user, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (needle.matches("\\d{18}")) {
            return needle.equals(user.getNip());
        }
        return user.getUsername().toLowerCase(Locale.ROOT).contains(needle)
                || user.getFullName().toLowerCase(Locale.ROOT).contains(needle);
    }

    @GET
    @Path(USERNAME)
    public StaffUserDetailView get(@PathParam("username") String username) {
        return new StaffUserDetailView(view(accounts.get(username)), accounts.history(username).stream()
                .map(c -> new ChangeView(c.getChangedAt(), c.getChangedBy(), c.getKind().name(), c.getDetail())).toList());
    }

    @POST
    public Response create(@NotNull @Valid NewStaffUserRequest request) {
        StaffUser user = accounts.create(new StaffAccountDetails(request.username(), request.fullName(), request.nip(),
                request.regencyCode(), request.districtCode(), roles(request.roles())), request.password().toCharArray());
        return Response.created(URI.create("admin/users/" + user.getUsername())).entity(view(user)).build();
    }

    @PUT
    @Path(USERNAME)
    public StaffUserView update(@PathParam("username") String username, @NotNull @Valid StaffUserChangeRequest request) {
        StaffUser user = accounts.update(username, request.version(), new StaffAccountDetails(username, request.fullName(),
                request.nip(), request.regencyCode(), request.districtCode(), roles(request.roles())));
        standing.forget(username);
        return view(user);
    }

    @POST
    @Path(USERNAME + "/disable")
    public StaffUserView disable(@PathParam("username") String username, @NotNull @Valid VersionRequest request) {
        StaffUser user = accounts.setActive(username, request.version(), false);
        standing.forget(username);
        return view(user);
    }

    @POST
    @Path(USERNAME + "/enable")
    public StaffUserView enable(@PathParam("username") String username, @NotNull @Valid VersionRequest request) {
        StaffUser user = accounts.setActive(username, request.version(), true);
        standing.forget(username);
        return view(user);
    }

    @POST
    @Path(USERNAME + "/password")
    public StaffUserView resetPassword(@PathParam("username") String username, @NotNull @Valid PasswordRequest request) {
        StaffUser user = accounts.resetPassword(username, request.version(), request.password().toCharArray());
        standing.forget(username);
        return view(user);
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name == null ? "" : name));
            } catch (IllegalArgumentException unknown) {
                String shown = name == null ? "" : name.replaceAll("[^A-Za-z0-9_]", "?");
                shown = shown.length() > 30 ? shown.substring(0, 30) + "…" : shown;
                throw new InvalidInputException("roles", "Unknown role " + shown, "Peran " + shown + " tidak dikenal");
            }
        }
        return roles;
    }

    static StaffUserView view(StaffUser u) {
        return new StaffUserView(u.getUsername(), u.getFullName(), u.getNip(), u.getRegencyCode(), u.getDistrictCode(),
                u.getRoles().stream().map(Role::name).sorted().toList(), u.isActive(), u.isPasswordMustChange(), u.getCreatedAt(),
                u.getVersion());
    }
}
