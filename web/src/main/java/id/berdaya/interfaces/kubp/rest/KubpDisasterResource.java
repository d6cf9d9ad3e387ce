package id.berdaya.interfaces.kubp.rest;

import id.berdaya.application.kubp.DisasterReliefService;
import id.berdaya.application.kubp.DisasterReliefService.Relief;
import id.berdaya.application.kubp.DisasterReliefService.ReliefPortfolio;
import id.berdaya.domain.kubp.disaster.Disaster;
import id.berdaya.domain.kubp.disaster.DisasterArea;
import id.berdaya.domain.kubp.disaster.DisasterType;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.ScheduleRevision;
import id.berdaya.interfaces.kubp.rest.KubpReschedulingResource.RevisionView;
import id.berdaya.interfaces.kubp.web.ReliefLetterPdf;
import id.berdaya.interfaces.reports.VerificationLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Disaster relief. {@code POST /kubp/disasters} (supervisors) declares a disaster for districts
 * or villages and, in the same job, reschedules every loan in repayment of a group there and
 * issues each group's relief letter; {@code GET …/{id}/loans} lists the relieved loans with old
 * and new schedules, {@code …/{id}/portfolio?asOf=} PAR with and without them and their arrears
 * from before the disaster, {@code …/{id}/letters/{groupId}.pdf} the letter.
 */
@Path("kubp/disasters")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KubpDisasterResource {

    @Inject
    private DisasterReliefService relief;

    @Inject
    private ReliefLetterPdf letters;

    @Context
    private HttpServletRequest request;

    public record AreaRequest(@NotBlank @Size(max = 6) String districtCode, @Size(max = 100) String village) {
    }

    public record DisasterRequest(@NotNull DisasterType type, @Size(max = 500) String description,
            @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid AreaRequest> areas, @NotNull LocalDate startDate,
            @NotNull @Min(1) @Max(24) Integer moratoriumMonths, @NotBlank @Size(max = 100) String decreeNumber) {
    }

    public record AreaView(String districtCode, String village) {
    }

    public record LetterView(long groupId, String number, String verificationUrl) {
    }

    public record DisasterView(long id, String type, String description, List<AreaView> areas, LocalDate startDate,
            int moratoriumMonths, String decreeNumber, String declaredBy, Instant declaredAt, int affectedLoans,
            List<LetterView> letters) {

        static DisasterView of(Disaster d, List<LetterView> letters) {
            return new DisasterView(d.getId(), d.getType().name(), d.getDescription(),
                    d.getAreas().stream().map(a -> new AreaView(a.getDistrictCode(), a.getVillage())).toList(),
                    d.getStartDate(), d.getMoratoriumMonths(), d.getDecreeNumber(), d.getDeclaredBy(),
                    d.getDeclaredAt(), d.getAffectedLoans(), letters);
        }
    }

    public record RelievedLoanView(long loanId, long groupId, String groupName, String village, RevisionView revision) {
    }

    public record ReliefPortfolioView(LocalDate asOf, int affectedLoans, BigDecimal par30All, BigDecimal par90All,
            BigDecimal par30WithoutAffected, BigDecimal par90WithoutAffected, long affectedOutstanding,
            long arrearsBeforeDisaster, long arrearsSinceDisaster) {

        static ReliefPortfolioView of(ReliefPortfolio p) {
            return new ReliefPortfolioView(p.asOf(), p.affectedLoans(), p.par30All(), p.par90All(),
                    p.par30WithoutAffected(), p.par90WithoutAffected(), p.affectedOutstanding(),
                    p.arrearsBeforeDisaster(), p.arrearsSinceDisaster());
        }
    }

    @POST
    public Response declare(@NotNull @Valid DisasterRequest r, @Context UriInfo uri) {
        Relief done = relief.declare(r.type(), r.description(),
                r.areas().stream().map(a -> new DisasterArea(a.districtCode(), a.village())).toList(), r.startDate(),
                r.moratoriumMonths(), r.decreeNumber(), VerificationLinks.base(request));
        List<LetterView> letters = done.lettersByGroup().entrySet().stream()
                .map(e -> new LetterView(e.getKey(), e.getValue().number(), e.getValue().verificationUrl())).toList();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(done.disaster().getId())).build())
                .entity(DisasterView.of(done.disaster(), letters)).build();
    }

    @GET
    public List<DisasterView> all() {
        return relief.all().stream().map(d -> DisasterView.of(d, List.of())).toList();
    }

    @GET
    @Path("{id}")
    public DisasterView find(@PathParam("id") long id) {
        return DisasterView.of(relief.find(id), List.of());
    }

    @GET
    @Path("{id}/loans")
    public List<RelievedLoanView> loans(@PathParam("id") long id) {
        return relief.relievedLoans(id).stream().map(l -> new RelievedLoanView(l.getId(), l.getGroup().getId(),
                l.getGroup().getName(), l.getGroup().getVillage(), RevisionView.of(revisionOf(l, id)))).toList();
    }

    @GET
    @Path("{id}/portfolio")
    public ReliefPortfolioView portfolio(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
        return ReliefPortfolioView.of(relief.portfolio(id, AsOf.parse(asOf)));
    }

    @GET
    @Path("{id}/letters/{groupId}.pdf")
    @Produces("application/pdf")
    public Response letter(@PathParam("id") long id, @PathParam("groupId") long groupId) {
        return Response.ok(letters.render(id, groupId, VerificationLinks.base(request)))
                .header("Content-Disposition", "inline; filename=\"keringanan-" + id + "-" + groupId + ".pdf\"").build();
    }

    private static ScheduleRevision revisionOf(Loan loan, long disasterId) {
        return loan.getRevisions().stream().filter(r -> Long.valueOf(disasterId).equals(r.getDisasterId()))
                .findFirst().orElseThrow();
    }
}
