package id.berdaya.interfaces.rest;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.domain.region.Region;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Region codes (reference data). Any staff role. */
@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    public record RegionView(String code, String name, String level, String parentCode, Integer since) {
        static RegionView of(Region r) {
            return new RegionView(r.getCode(), r.getName(), r.getLevel().name(), r.getParentCode(), r.getSinceYear());
        }
    }

    @Inject
    private ReferenceDataService referenceData;

    @GET
    public List<RegionView> regencies() {
        return referenceData.regencies().stream().map(RegionView::of).toList();
    }

    @GET
    @Path("{code: \\d{4}}/districts")
    public List<RegionView> districts(@PathParam("code") String regencyCode) {
        referenceData.find(regencyCode).orElseThrow(() -> new NotFoundException("No regency " + regencyCode));
        return referenceData.districtsOf(regencyCode).stream().map(RegionView::of).toList();
    }
}
