package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.GoodsPackageService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.wrse.goods.CatalogueItem;
import id.berdaya.interfaces.rest.CsvCells;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The goods catalogue and packages under {@code /api/wrse/goods}: {@code catalogue} (GET by
 * {@code businessField}; POST and PUT {@code …/{id}} by a SUPERVISOR); {@code packages/{applicationId}}
 * (GET; PUT {"items":[{"catalogueItemId","quantity"}],"deliveryDate"} with the total and the remainder
 * answered; POST {@code …/handover} {"delivered":[…],"deliveredOn","witnesses":[{"name","role"}×2]});
 * {@code deliveries?districtCode=&date=&supplier=} the supplier's delivery list, JSON or CSV.
 */
@Path("wrse/goods")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
public class WrseGoodsResource {

    @Inject
    private GoodsPackageService goods;

    @GET
    @Path("catalogue")
    public List<GoodsViews.CatalogueItemView> catalogue(@QueryParam("businessField") @Pattern(regexp = "[A-Z_]{0,20}") String field) {
        return goods.catalogue(field == null || field.isBlank() ? null : field).stream().map(GoodsViews.CatalogueItemView::of).toList();
    }

    @POST
    @Path("catalogue")
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Response addItem(@NotNull @Valid GoodsViews.CatalogueItemRequest r, @Context UriInfo uri) {
        CatalogueItem item = goods.addItem(r.businessField(), r.name(), r.unit(), r.unitPrice(), r.supplier());
        return Response.created(uri.getAbsolutePathBuilder().path(item.getId().toString()).build())
                .entity(GoodsViews.CatalogueItemView.of(item)).build();
    }

    @PUT
    @Path("catalogue/{id: \\d{1,18}}")
    @RolesAllowed(Role.Names.SUPERVISOR)
    public GoodsViews.CatalogueItemView changeItem(@PathParam("id") long id, @NotNull @Valid GoodsViews.CatalogueItemRequest r) {
        return GoodsViews.CatalogueItemView.of(goods.changeItem(id, r.name(), r.unit(), r.unitPrice(), r.supplier(),
                r.active() == null || r.active()));
    }

    @GET
    @Path("packages/{applicationId: \\d{1,18}}")
    public GoodsViews.PackageView get(@PathParam("applicationId") long applicationId) {
        return GoodsViews.PackageView.of(goods.packageOf(applicationId));
    }

    @PUT
    @Path("packages/{applicationId: \\d{1,18}}")
    public GoodsViews.PackageView choose(@PathParam("applicationId") long applicationId,
            @NotNull @Valid GoodsViews.PackageRequest request) {
        return GoodsViews.PackageView.of(goods.choose(applicationId, request.choices(), request.deliveryDate()));
    }

    @POST
    @Path("packages/{applicationId: \\d{1,18}}/handover")
    public GoodsViews.PackageView handOver(@PathParam("applicationId") long applicationId,
            @NotNull @Valid GoodsViews.HandoverRequest request) {
        return GoodsViews.PackageView.of(goods.handOver(applicationId, request.delivered(), request.deliveredOn(),
                request.witnessList()));
    }

    @GET
    @Path("deliveries")
    public List<GoodsViews.DeliveryLineView> deliveries(@QueryParam("districtCode") @Pattern(regexp = "\\d{0,6}") String district,
            @QueryParam("date") @Pattern(regexp = ".{0,10}") String date, @QueryParam("supplier") @Pattern(regexp = ".{0,200}") String supplier) {
        return goods.deliveries(district, date(date), supplier).stream().map(GoodsViews.DeliveryLineView::of).toList();
    }

    @GET
    @Path("deliveries")
    @Produces("text/csv; charset=UTF-8")
    public Response deliveriesCsv(@QueryParam("districtCode") @Pattern(regexp = "\\d{0,6}") String district,
            @QueryParam("date") @Pattern(regexp = ".{0,10}") String date, @QueryParam("supplier") @Pattern(regexp = ".{0,200}") String supplier) {
        StringBuilder csv = new StringBuilder("application_id,recipient,village,item,quantity,unit,unit_price,supplier\n");
        for (GoodsPackageService.DeliveryLine l : goods.deliveries(district, date(date), supplier)) {
            csv.append(String.join(",", List.of(String.valueOf(l.applicationId()), cell(l.recipient()), cell(l.village()),
                    cell(l.name()), String.valueOf(l.quantity()), cell(l.unit()), String.valueOf(l.unitPrice()),
                    cell(l.supplier())))).append('\n');
        }
        return Response.ok(CsvCells.neutralise(csv.toString()).getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"pengiriman-" + district + "-" + date + ".csv\"").build();
    }

    private static String cell(String v) {
        String s = v == null ? "" : v.replace("\r", " ").replace("\n", " ");
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("date", "date is required (YYYY-MM-DD)", "tanggal wajib diisi (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "'" + value + "' is not a date (YYYY-MM-DD)", "'" + value + "' bukan tanggal (YYYY-MM-DD)");
        }
    }
}
