package id.berdaya.interfaces.reports;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.application.reports.BeneficiaryDocuments;
import id.berdaya.application.reports.KubpDocuments;
import id.berdaya.application.reports.WrseDocuments;
import id.berdaya.domain.region.Region;
import id.berdaya.domain.shared.DomainException;
import id.berdaya.reports.Document;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The reports page: print any document of a WRSE application, a regency, a KUBP loan or the
 * portfolio, and start or follow a batch of statements. Downloads are written straight to the
 * response; a refusal (unknown record, state that does not allow the document) becomes a message.
 */
@Named
@ViewScoped
public class ReportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WrseDocuments wrse;

    @Inject
    private KubpDocuments kubp;

    @Inject
    private BeneficiaryDocuments beneficiaryDocuments;

    @Inject
    private PdfRendering rendering;

    @Inject
    private StatementBatches batches;

    @Inject
    private ReferenceDataService referenceData;

    private Long applicationId;
    private Long appealId;
    private String regencyCode = ReferenceDataService.KUTAI_KARTANEGARA;
    private Integer year = KubpDocuments.today().getYear();
    private Long loanId;
    private LocalDate asOf = KubpDocuments.today();
    private String batchDistrict;
    private String batchFormat = "PDF";

    public void decisionLetter() {
        print("surat-keputusan-wrse-" + applicationId, base -> wrse.decisionLetter(require(applicationId), base));
    }

    public void appealOutcomeLetter() {
        print("jawaban-sanggah-wrse-" + appealId, base -> wrse.appealOutcomeLetter(require(appealId), base));
    }

    public Long getAppealId() {
        return appealId;
    }

    public void setAppealId(Long appealId) {
        this.appealId = appealId;
    }

    public void handoverMinutes() {
        print("bast-wrse-" + applicationId, base -> wrse.handoverMinutes(require(applicationId), base));
    }

    public void proposalList() {
        print("daftar-usulan-wrse-" + regencyCode + "-" + year, base -> wrse.proposalList(regencyCode, year, base));
    }

    public void approvalLetter() {
        print("persetujuan-kubp-" + loanId, base -> kubp.approvalLetter(require(loanId), base));
    }

    public void statement() {
        print("angsuran-kubp-" + loanId + "-" + date(), base -> kubp.statement(require(loanId), date(), base));
    }

    public void warningLetter() {
        print("peringatan-kubp-" + loanId + "-" + date(), base -> kubp.warningLetter(require(loanId), date(), base));
    }

    public void payoffCertificate() {
        print("keterangan-lunas-kubp-" + loanId, base -> kubp.payoffCertificate(require(loanId), base));
    }

    public void portfolio() {
        print("portofolio-kubp-" + date(), base -> kubp.portfolio(date(), base));
    }

    public void beneficiaries() {
        print("penerima-manfaat-" + year, base -> beneficiaryDocuments.summary(year, base));
    }

    public void startBatch() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ExternalContext external = faces.getExternalContext();
            batches.start(external.getRemoteUser(), external::isUserInRole, batchDistrict, date(),
                    StatementBatch.Format.valueOf(batchFormat), VerificationLinks.base(request(faces)));
        } catch (DomainException e) {
            error(faces, faces.getViewRoot().getLocale().getLanguage().equals("en") ? e.getMessage() : e.getMessageId());
        } catch (EJBAccessException e) {
            error(faces, "Anda tidak berhak mencetak dokumen ini.");
        }
    }

    public void downloadBatch(String id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        batches.find(id, external.getRemoteUser(), external::isUserInRole)
                .filter(b -> b.getState() == StatementBatch.State.DONE).ifPresentOrElse(
                batch -> write(faces, batch.fileName(), batch.getFormat() == StatementBatch.Format.PDF
                        ? "application/pdf" : "application/zip", batches.result(batch)),
                () -> error(faces, "Hasil pencetakan tidak tersedia."));
    }

    /** "Lanjutkan": a stopped or failed batch goes on from its last checkpoint, on this node. */
    public void restartBatch(String id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            batches.restart(id, external.getRemoteUser(), external::isUserInRole);
        } catch (DomainException e) {
            error(faces, faces.getViewRoot().getLocale().getLanguage().equals("en") ? e.getMessage() : e.getMessageId());
        } catch (EJBAccessException e) {
            error(faces, "Anda tidak berhak mencetak dokumen ini.");
        }
    }

    public List<StatementBatch> getBatches() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return batches.recent(external.getRemoteUser(), external::isUserInRole);
    }

    public boolean isAnyBatchRunning() {
        return batches.recent().stream().anyMatch(b -> b.getState() == StatementBatch.State.RUNNING);
    }

    public List<Region> getRegencies() {
        return referenceData.regencies();
    }

    public List<Region> getDistricts() {
        return referenceData.districtsOf(ReferenceDataService.KUTAI_KARTANEGARA);
    }

    private void print(String name, Function<String, Document> document) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Document filled = document.apply(VerificationLinks.base(request(faces)));
            write(faces, name + ".pdf", "application/pdf", rendering.pdf(filled));
        } catch (DomainException e) {
            error(faces, faces.getViewRoot().getLocale().getLanguage().equals("en") ? e.getMessage() : e.getMessageId());
        } catch (EJBAccessException e) {
            error(faces, "Anda tidak berhak mencetak dokumen ini.");
        }
    }

    private static void write(FacesContext faces, String fileName, String type, byte[] content) {
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static long require(Long id) {
        if (id == null) {
            throw new id.berdaya.domain.shared.InvalidInputException("id", "Enter a number", "Isi nomornya");
        }
        return id;
    }

    private LocalDate date() {
        return asOf == null ? KubpDocuments.today() : asOf;
    }

    private static HttpServletRequest request(FacesContext faces) {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public String getRegencyCode() {
        return regencyCode;
    }

    public void setRegencyCode(String regencyCode) {
        this.regencyCode = regencyCode;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getLoanId() {
        return loanId;
    }

    public void setLoanId(Long loanId) {
        this.loanId = loanId;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getBatchDistrict() {
        return batchDistrict;
    }

    public void setBatchDistrict(String batchDistrict) {
        this.batchDistrict = batchDistrict;
    }

    public String getBatchFormat() {
        return batchFormat;
    }

    public void setBatchFormat(String batchFormat) {
        this.batchFormat = batchFormat == null ? "PDF" : batchFormat.toUpperCase(Locale.ROOT);
    }
}
