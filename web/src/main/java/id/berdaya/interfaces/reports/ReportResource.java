package id.berdaya.interfaces.reports;

import id.berdaya.application.reports.BeneficiaryDocuments;
import id.berdaya.application.reports.KubpDocuments;
import id.berdaya.application.reports.LetterIssues;
import id.berdaya.application.reports.WrseDocuments;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.reports.Document;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The printed documents as PDF under /api/reports. Each is issued in the letter register: asking
 * again for the same document gives the same letter number. Refusals are the domain's: 404 for an
 * unknown record, 409 when its state does not allow the document (yet), 400 for an as-of date or year
 * to come. Each method allows the roles of the service it calls (WrseDocuments, KubpDocuments,
 * BeneficiaryDocuments), so a role they refuse is answered 403 before any work. A letter's first fetch stores its PDF; every later fetch returns those same bytes.
 */
@Path("reports")
@RequestScoped
@Produces("application/pdf")
public class ReportResource {

    @Inject
    private WrseDocuments wrse;

    @Inject
    private KubpDocuments kubp;

    @Inject
    private BeneficiaryDocuments beneficiaries;

    @Inject
    private PdfRendering rendering;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("wrse/applications/{id: \\d+}/decision-letter.pdf")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public Response decisionLetter(@PathParam("id") long id) {
        return pdf("surat-keputusan-wrse-" + id, wrse.decisionLetter(id, links()));
    }

    @GET
    @Path("wrse/appeals/{id: \\d+}/outcome-letter.pdf")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
    public Response appealOutcomeLetter(@PathParam("id") long id) {
        return pdf("jawaban-sanggah-wrse-" + id, wrse.appealOutcomeLetter(id, links()));
    }

    @GET
    @Path("wrse/regencies/{code: \\d{4}}/proposal-list.pdf")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public Response proposalList(@PathParam("code") String regencyCode, @QueryParam("year") Integer year) {
        int programmeYear = year(year);
        return pdf("daftar-usulan-wrse-" + regencyCode + "-" + programmeYear,
                wrse.proposalList(regencyCode, programmeYear, links()));
    }

    @GET
    @Path("wrse/applications/{id: \\d+}/handover-minutes.pdf")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public Response handoverMinutes(@PathParam("id") long id) {
        return pdf("bast-wrse-" + id, wrse.handoverMinutes(id, links()));
    }

    @GET
    @Path("kubp/loans/{id: \\d+}/approval-letter.pdf")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public Response approvalLetter(@PathParam("id") long id) {
        return pdf("persetujuan-kubp-" + id, kubp.approvalLetter(id, links()));
    }

    @GET
    @Path("kubp/loans/{id: \\d+}/statement.pdf")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public Response statement(@PathParam("id") long id, @QueryParam("asOf") @Pattern(regexp = ".{0,10}") String asOf) {
        LocalDate date = date(asOf);
        return pdf("angsuran-kubp-" + id + "-" + date, kubp.statement(id, date, links()));
    }

    @GET
    @Path("kubp/loans/{id: \\d+}/warning-letter.pdf")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public Response warningLetter(@PathParam("id") long id, @QueryParam("asOf") @Pattern(regexp = ".{0,10}") String asOf) {
        LocalDate date = date(asOf);
        return pdf("peringatan-kubp-" + id + "-" + date, kubp.warningLetter(id, date, links()));
    }

    @GET
    @Path("kubp/loans/{id: \\d+}/payoff-certificate.pdf")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public Response payoffCertificate(@PathParam("id") long id) {
        return pdf("keterangan-lunas-kubp-" + id, kubp.payoffCertificate(id, links()));
    }

    @GET
    @Path("kubp/portfolio.pdf")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public Response portfolio(@QueryParam("asOf") @Pattern(regexp = ".{0,10}") String asOf) {
        LocalDate date = date(asOf);
        return pdf("portofolio-kubp-" + date, kubp.portfolio(date, links()));
    }

    @GET
    @Path("beneficiaries.pdf")
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF, Role.Names.LOAN_OFFICER})
    public Response beneficiaries(@QueryParam("year") Integer year) {
        int reportYear = year(year);
        return pdf("penerima-manfaat-" + reportYear, beneficiaries.summary(reportYear, links()));
    }

    private Response pdf(String name, Document document) {
        return Response.ok(rendering.pdf(document), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private String links() {
        return VerificationLinks.base(request);
    }

    /** The ?asOf= date, today in East Kalimantan when absent. */
    static LocalDate date(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return KubpDocuments.today();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "'" + asOf + "' is not a date in the form YYYY-MM-DD",
                    "'" + asOf + "' bukan tanggal berformat YYYY-MM-DD");
        }
        return LetterIssues.notFuture(date, "asOf");
    }

    /** The ?year= of a yearly document, this year when absent; never a year to come. */
    static int year(Integer year) {
        return year == null ? KubpDocuments.today().getYear() : LetterIssues.notFuture(year, "year");
    }
}
