package id.berdaya.interfaces.rest;

import id.berdaya.application.reports.OfficeService;
import id.berdaya.domain.letter.Office;
import id.berdaya.domain.letter.OfficeDetails;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.ListSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * The offices that issue letters, for administrators: kop, place of issue, signatory and tembusan per
 * letter type ({@code copies}: one "type=first | second" line per type; {@code {place}} stands for the
 * district or regency concerned, {@code {regency}} for the regency of a regency office). Changes
 * carry the office's {@code version} as read (409 if it changed meanwhile).
 */
@Path("admin/offices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class OfficeResource {

    /** Any text: an unknown office is a 404 from the service, after the role check (403 for others). */
    private static final String PREFIX = "{prefix}";

    public record OfficeView(String prefix, String government, String office, String street, String postcode, String phone,
            String email, String website, String place, String signatoryPosition, String signatoryName, String signatoryRank,
            String signatoryNip, String copies, boolean emblem, boolean demo, Instant updatedAt, String updatedBy, long version) {
    }

    public record OfficeRequest(@NotNull Long version, @Size(max = 200) String government, @Size(max = 200) String office,
            @Size(max = 200) String street, @Size(max = 5) String postcode, @Size(max = 40) String phone,
            @Size(max = 100) String email, @Size(max = 100) String website, @Size(max = 60) String place,
            @MultiLineText @Size(max = 300) String signatoryPosition, @Size(max = 150) String signatoryName, @Size(max = 100) String signatoryRank,
            @Size(max = 18) String signatoryNip, @MultiLineText @Size(max = 2000) String copies) {
    }

    @Inject
    private OfficeService offices;

    @GET
    public List<OfficeView> list(@QueryParam("q") String q) {
        ListSearch.of(q);
        return offices.list().stream().filter(o -> matches(o, q)).map(OfficeResource::view).toList();
    }

    /**
     * Whether the office answers a search: a signatory's whole 18-digit NIP, or part of the
     * office's name, its government, its signatory's name, its prefix or one of the extra texts
     * (the page's label), in any case; every office for no text. A text over 100 characters is
     * refused by {@link ListSearch#of} before.
     */
    public static boolean matches(Office office, String q, String... more) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String text = q.strip();
        OfficeDetails d = office.details();
        if (text.matches("\\d{18}")) {
            return text.equals(d.signatoryNip());
        }
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(office.getPrefix(), d.office(), d.government(),
                        d.signatoryName()), java.util.Arrays.stream(more))
                .anyMatch(v -> v != null && v.toLowerCase(java.util.Locale.ROOT).contains(needle));
    }

    @GET
    @Path(PREFIX)
    public OfficeView get(@PathParam("prefix") String prefix) {
        return view(offices.get(prefix));
    }

    @PUT
    @Path(PREFIX)
    @Consumes(MediaType.APPLICATION_JSON)
    public OfficeView update(@PathParam("prefix") String prefix, @NotNull @Valid OfficeRequest r) {
        return view(offices.update(prefix, r.version(), new OfficeDetails(r.government(), r.office(), r.street(), r.postcode(),
                r.phone(), r.email(), r.website(), r.place(), r.signatoryPosition(), r.signatoryName(), r.signatoryRank(),
                r.signatoryNip(), r.copies())));
    }

    /** A new emblem, the image as the body (PNG or JPEG, at most 512 KB); an empty body removes it. */
    @PUT
    @Path(PREFIX + "/emblem")
    @Consumes({"image/png", "image/jpeg"})
    public OfficeView emblem(@PathParam("prefix") String prefix, @QueryParam("version") @NotNull Long version,
            java.io.InputStream body) throws java.io.IOException {
        // At most one byte more than the limit is read: the service refuses what is larger.
        byte[] image = body == null ? new byte[0] : body.readNBytes(MAX_EMBLEM_BYTES + 1);
        return view(offices.changeEmblem(prefix, version, image));
    }

    private static final int MAX_EMBLEM_BYTES = 512 * 1024;

    static OfficeView view(Office o) {
        OfficeDetails d = o.details();
        return new OfficeView(o.getPrefix(), d.government(), d.office(), d.street(), d.postcode(), d.phone(), d.email(),
                d.website(), d.place(), d.signatoryPosition(), d.signatoryName(), d.signatoryRank(), d.signatoryNip(), d.copies(),
                o.getEmblem() != null || o.isDemoEmblem(), o.isDemo(), o.getUpdatedAt(), o.getUpdatedBy(), o.getVersion());
    }
}
