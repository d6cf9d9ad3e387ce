package id.berdaya.application.wrse;

import id.berdaya.domain.rules.EligibilityRules;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.domain.wrse.DocumentKind;
import id.berdaya.domain.wrse.DocumentScan;
import id.berdaya.domain.wrse.FactsSnapshot;
import id.berdaya.domain.wrse.ScanFormat;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import id.berdaya.rules.wrse.WrseApplicant;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.logging.Logger;

/** A loan officer records an application, corrects it, submits it for screening, and keeps its documents. */
@Stateless
@RolesAllowed(Role.Names.LOAN_OFFICER)
public class WrseIntakeService {

    private static final Logger LOG = Logger.getLogger(WrseIntakeService.class.getName());

    @Resource
    private SessionContext context;

    @Inject
    private ApplicantChecks checks;

    @Inject
    private WrseApplicationRepository applications;

    @Inject
    private EligibilityRules eligibility;

    /** An application recorded now, or found recorded before under the same idempotency key. */
    public record Recorded(WrseApplication application, boolean replayed) {
    }

    public WrseApplication record(ApplicantDetails details) {
        return record(details, null).application();
    }

    /**
     * Records an application; with an idempotency key (a field device's), a retry of a recording that
     * already went through answers with the first application and records nothing. The same key for
     * another applicant is a conflict.
     */
    public Recorded record(ApplicantDetails details, String idempotencyKey) {
        if (idempotencyKey != null) {
            var earlier = applications.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().getApplicant().getNikValue().equals(details.nik())) {
                    throw new StateConflictException("Idempotency-Key " + idempotencyKey
                            + " was used for another application (" + earlier.get().getId() + ")",
                            "Idempotency-Key sudah dipakai untuk permohonan lain (" + earlier.get().getId() + ")");
                }
                return new Recorded(earlier.get(), true);
            }
        }
        CheckedApplicant c = checks.check(details, Instant.now());
        requireNoOtherOpen(c, null);
        WrseApplication application = new WrseApplication(c.applicant(), c.applicationDate(), c.registries(),
                c.currentAid(), caller(), Instant.now());
        application.recordCircumstances(c.circumstances());
        if (idempotencyKey != null) {
            application.recordedUnder(idempotencyKey);
        }
        store(c, () -> applications.add(application));
        LOG.info(() -> "WRSE application " + application.getId() + " recorded by " + caller());
        return new Recorded(application, false);
    }

    /** Corrects a DRAFT or SUBMITTED application; submit it again to screen the corrected data. */
    public WrseApplication correct(long id, ApplicantDetails details) {
        WrseApplication application = load(id);
        CheckedApplicant c = checks.check(details, Instant.now());
        requireNoOtherOpen(c, id);
        application.correct(c.applicant(), c.applicationDate(), c.registries(), c.currentAid(), caller(), Instant.now());
        application.recordCircumstances(c.circumstances());
        store(c, () -> { });
        return applications.findComplete(id).orElseThrow();
    }

    /** Screens with the rules in force and stores the decision; earlier decisions stay in the history. */
    public WrseApplication submit(long id) {
        WrseApplication application = load(id);
        String nik = application.getApplicant().getNikValue();
        WrseApplicant facts = application.toFacts(applications.earliestAidYear(nik).orElse(null));
        EligibilityRules.Screening screening = eligibility.screen(facts);
        application.submit(screening.result(), screening.ruleSetVersion(), FactsSnapshot.of(facts), caller(),
                Instant.now());
        LOG.info(() -> "WRSE application " + id + " screened " + screening.result().getDecision() + " with "
                + screening.ruleSetVersion());
        return applications.findComplete(id).orElseThrow();
    }

    public WrseApplication markDocument(long id, DocumentKind kind, boolean received) {
        WrseApplication application = load(id);
        application.markDocument(kind, received, caller(), Instant.now());
        return applications.findComplete(id).orElseThrow();
    }

    /** Stores a scan (PDF, JPEG or PNG by its first bytes, at most 5 MB) and ticks the document as received. */
    public WrseApplication attachScan(long id, DocumentKind kind, String fileName, byte[] content) {
        WrseApplication application = load(id);
        ScanFormat format = ScanFormat.detect(content);
        DocumentScan scan = applications.addScan(new DocumentScan(content));
        application.attachScan(kind, fileName, format, content.length, scan.getId(), caller(), Instant.now());
        return applications.findComplete(id).orElseThrow();
    }

    private void requireNoOtherOpen(CheckedApplicant c, Long self) {
        applications.findOpen(c.applicant().getNikValue(), c.applicationDate().getYear())
                .filter(open -> !open.getId().equals(self))
                .ifPresent(open -> {
                    throw openConflict(c, open.getId());
                });
    }

    /** The unique open key catches what the check above cannot see: a concurrent recording of the same NIK. */
    private void store(CheckedApplicant c, Runnable write) {
        try {
            write.run();
            applications.flush();
        } catch (PersistenceException duplicate) {
            throw openConflict(c, null);
        }
    }

    private static StateConflictException openConflict(CheckedApplicant c, Long openId) {
        int year = c.applicationDate().getYear();
        String which = openId == null ? "" : " (" + openId + ")";
        return new StateConflictException(
                "NIK " + c.applicant().getMaskedNik() + " already has an open application" + which + " for " + year,
                "NIK " + c.applicant().getMaskedNik() + " sudah memiliki permohonan terbuka" + which + " untuk tahun " + year);
    }

    private WrseApplication load(long id) {
        return applications.find(id).orElseThrow(() -> new NotFoundException("WRSE application", id));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
