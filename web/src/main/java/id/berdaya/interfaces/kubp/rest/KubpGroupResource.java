package id.berdaya.interfaces.kubp.rest;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.KubpGroupService;
import id.berdaya.application.kubp.LoanQueryService;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.group.KubpGroupRepository;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListPage;
import id.berdaya.domain.shared.ListSearch;
import id.berdaya.application.kubp.ListPaging;
import id.berdaya.interfaces.wrse.rest.QueryParams;
import id.berdaya.interfaces.kubp.rest.GroupRequests.GroupRequest;
import id.berdaya.interfaces.kubp.rest.GroupViews.GroupSummaryView;
import id.berdaya.interfaces.kubp.rest.GroupViews.GroupView;
import id.berdaya.interfaces.kubp.rest.GroupViews.IdView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** KUBP groups: loan officers create and edit, every member of staff reads. */
@Path("kubp/groups")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KubpGroupResource {

    @Inject
    private KubpGroupService groups;

    @Inject
    private LoanQueryService loans;

    @POST
    public Response create(@NotNull @Valid GroupRequest request, @Context UriInfo uri) {
        KubpGroup group = groups.create(request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(group.getId())).build())
                .entity(new IdView(group.getId())).build();
    }

    @PUT
    @Path("{id}")
    public GroupView update(@PathParam("id") long id, @NotNull @Valid GroupRequest request) {
        groups.update(id, request.toDetails());
        return find(id);
    }

    @GET
    @Path("{id}")
    public GroupView find(@PathParam("id") long id) {
        KubpGroup group = groups.find(id);
        LocalDate today = KubpCalendar.today();
        return GroupViews.of(group, loans.ofGroup(id).stream().map(l -> LoanViews.summary(l, today, loans.ladder())).toList());
    }

    @GET
    @Operation(summary = "Finds groups by name, village, a member's name or her full NIK, optionally in one district, sorted, "
            + "one page at a time (the X-Total-Count header says how many match)")
    public Response search(
            @Parameter(description = "Part of a group's name, its village or a member's name (any case), or a member's full 16-digit NIK")
            @QueryParam("q") @Size(max = 100) String text,
            @Parameter(description = "District code, 6 digits") @QueryParam("district") @Size(max = 6) String districtCode,
            @Parameter(description = "Sort key: id, name, district, village, founded or members; a leading - for descending "
                    + "(default name). Another key is a 400 on sort") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 0; with neither page nor size, every group found") @QueryParam("page") String page,
            @Parameter(description = "Rows per page, 1 to 100 (default 20 when page is given)") @QueryParam("size") String size) {
        ListSearch search = ListSearch.of(text);
        String district = districtCode == null || districtCode.isBlank() ? null : districtCode.strip();
        ListOrder order = ListOrder.parse(sort, KubpGroupRepository.SORT_KEYS, KubpGroupRepository.DEFAULT_ORDER);
        Integer pageNo = QueryParams.integer("page", page, 0, 1_000_000);
        Integer pageSize = QueryParams.integer("size", size, 1, ListPaging.MAX_PAGE_SIZE);
        if (pageNo == null && pageSize == null) {
            List<GroupSummaryView> all = groups.all(search, district, order).stream().map(GroupViews::summary).toList();
            return Response.ok(all).header(KubpLoanResource.TOTAL, all.size()).build();
        }
        ListPage<KubpGroup> found = groups.page(search, district, order, pageNo == null ? 0 : pageNo, pageSize == null ? 20 : pageSize);
        return Response.ok(found.items().stream().map(GroupViews::summary).toList())
                .header(KubpLoanResource.TOTAL, found.total()).build();
    }
}
