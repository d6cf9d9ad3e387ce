package id.berdaya.application.wrse;

import id.berdaya.domain.letter.Letter;
import id.berdaya.domain.letter.LetterRepository;
import id.berdaya.domain.letter.LetterSubject;
import id.berdaya.domain.letter.LetterType;
import id.berdaya.domain.rules.EligibilityRules;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.domain.wrse.ApplicationAction;
import id.berdaya.domain.wrse.ApplicationStatus;
import id.berdaya.domain.wrse.FactsSnapshot;
import id.berdaya.domain.wrse.RegistryEntry;
import id.berdaya.domain.wrse.ScreeningDecision;
import id.berdaya.domain.wrse.StatusChange;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.domain.wrse.appeal.Appeal;
import id.berdaya.domain.wrse.appeal.AppealRepository;
import id.berdaya.domain.wrse.appeal.AppealTerms;
import id.berdaya.domain.wrse.appeal.AppealedDecision;
import id.berdaya.domain.wrse.appeal.RuleSetChoice;
import id.berdaya.rules.ProgrammeParameters;
import id.berdaya.rules.wrse.WrseApplicant;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Appeals against a WRSE decision letter: a loan officer records one, a supervisor who took no part
 * in the decision re-screens it with the corrected facts under the rule set of the original decision or
 * the current one. Both are screened and kept; the chosen one becomes the application's new decision.
 */
@Stateless
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
public class AppealService {

    private static final Logger LOG = Logger.getLogger(AppealService.class.getName());

    @Resource
    private SessionContext context;

    @Inject
    private AppealRepository appeals;

    @Inject
    private WrseApplicationRepository applications;

    @Inject
    private LetterRepository letters;

    @Inject
    private ApplicantChecks checks;

    @Inject
    private EligibilityRules eligibility;

    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public Appeal lodge(long applicationId, AppealDetails details) {
        WrseApplication application = load(applicationId);
        if (application.getStatus() != ApplicationStatus.SUBMITTED
                || application.getCurrentDecision() != id.berdaya.rules.wrse.WrseDecision.INELIGIBLE) {
            throw new StateConflictException("Application " + applicationId + " is not refused (" + application.getStatus()
                    + ", " + application.getCurrentDecision() + "): only a refusal can be appealed",
                    "Permohonan " + applicationId + " tidak ditolak: hanya keputusan TIDAK LAYAK yang dapat disanggah");
        }
        Letter letter = letters.findBySubject(LetterSubject.of(LetterType.WRSE_DECISION_LETTER, applicationId))
                .orElseThrow(() -> new StateConflictException("Application " + applicationId
                        + " has no decision letter yet: the appeal period starts with the letter",
                        "Permohonan " + applicationId + " belum mempunyai surat keputusan: masa sanggah dimulai dari surat itu"));
        appeals.findByDecisionLetter(letter.getId()).ifPresent(earlier -> {
            throw new StateConflictException("Decision letter " + letter.getNumber() + " has already been appealed (appeal "
                    + earlier.getId() + ")", "Surat keputusan " + letter.getNumber() + " sudah disanggah (sanggahan " + earlier.getId() + ")");
        });
        ScreeningDecision decision = application.latestDecision();
        Appeal.CorrectedFacts corrected = corrections(application, details);
        LocalDate today = WrseProgramme.today(Instant.now());
        Appeal appeal = new Appeal(new AppealedDecision(applicationId, decision.getId(), letter.getId(), letter.getNumber(),
                letter.getIssuedOn(), decidedBy(application, decision)),
                details.lodgedOn() == null ? today : details.lodgedOn(), details.ground(), details.grounds(),
                details.newFacts(), corrected, details.registry(), details.correction(), terms(today), caller(), Instant.now());
        try {
            appeals.add(appeal);
            appeals.flush();
        } catch (PersistenceException concurrent) {
            throw new StateConflictException("Decision letter " + letter.getNumber() + " has already been appealed",
                    "Surat keputusan " + letter.getNumber() + " sudah disanggah");
        }
        LOG.info(() -> "Appeal " + appeal.getId() + " against " + letter.getNumber() + " lodged by " + caller());
        return appeal;
    }

    /**
     * Re-screens with the corrected facts under both versions, applies the chosen one to the application
     * and records the outcome. Refused, with nothing changed, to a supervisor who took part in the decision.
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Appeal decide(long appealId, RuleSetChoice choice, String note) {
        Appeal appeal = find(appealId);
        appeal.requireHandler(caller());
        id.berdaya.domain.wrse.Inputs.required("ruleSetChoice", choice);
        WrseApplication application = load(appeal.getApplicationId());
        ScreeningDecision appealed = application.getDecisions().stream()
                .filter(d -> d.getId() == appeal.getDecisionId()).findFirst().orElseThrow();
        Instant now = Instant.now();
        application.correct(application.getApplicant(), application.getApplicationDate(),
                appeal.getRegistries() == null ? application.getRegistries() : appeal.getRegistries(),
                appeal.getCurrentAid() == null ? application.getCurrentAid() : appeal.getCurrentAid(), caller(), now);
        if (appeal.getCircumstances() != null) {
            application.recordCircumstances(appeal.getCircumstances());
        }
        WrseApplicant facts = application.toFacts(
                applications.earliestAidYear(application.getApplicant().getNikValue()).orElse(null));
        EligibilityRules.Screening current = eligibility.screen(facts);
        EligibilityRules.Screening original = eligibility.screenWith(appealed.getRuleSetVersion(), facts).orElse(null);
        if (original == null && choice == RuleSetChoice.ORIGINAL) {
            throw new StateConflictException("The rule set of the original decision (" + appealed.getRuleSetVersion()
                    + ") is no longer on record: choose CURRENT", "Aturan keputusan awal (" + appealed.getRuleSetVersion()
                    + ") tidak tersimpan lagi: pilih CURRENT");
        }
        EligibilityRules.Screening chosen = choice == RuleSetChoice.ORIGINAL ? original : current;
        ScreeningDecision decision = application.submit(chosen.result(), chosen.ruleSetVersion(), FactsSnapshot.of(facts),
                caller(), now);
        applications.flush();
        appeal.decide(choice, note,
                new Appeal.Rescreening(appealed.getRuleSetVersion(), original == null ? null : original.result().getDecision()),
                new Appeal.Rescreening(current.ruleSetVersion(), current.result().getDecision()), decision.getId(), caller(), now);
        appeals.flush();
        LOG.info(() -> "Appeal " + appealId + " decided " + appeal.getOutcome() + " under " + choice + " ("
                + chosen.ruleSetVersion() + ") by " + caller());
        return appeal;
    }

    public Appeal find(long appealId) {
        return appeals.find(appealId).orElseThrow(() -> new NotFoundException("WRSE appeal", appealId));
    }

    public List<Appeal> ofApplication(long applicationId) {
        load(applicationId);
        return appeals.ofApplication(applicationId);
    }

    /** The appeals waiting for a supervisor, earliest deadline first. */
    public List<Appeal> waiting() {
        return appeals.lodged();
    }

    /** The registry-error appeals lodged between the two days, each with its application, for the usulan. */
    public List<CorrectionProposal> correctionProposals(LocalDate from, LocalDate to) {
        id.berdaya.domain.wrse.Inputs.check(!to.isBefore(from), "to", "'to' is before 'from'", "'to' sebelum 'from'");
        return appeals.correctionProposals(from, to).stream()
                .map(a -> new CorrectionProposal(a, load(a.getApplicationId()))).toList();
    }

    /** An appeal on a registry error and the application it concerns. */
    public record CorrectionProposal(Appeal appeal, WrseApplication application) {
    }

    /** Today's terms: the periods of the WRSE parameter table in force, or the defaults if it has no rows for them. */
    public AppealTerms terms(LocalDate today) {
        ProgrammeParameters parameters = eligibility.parameters();
        return new AppealTerms(
                parameters.has("APPEAL_PERIOD_DAYS") ? parameters.intValue("APPEAL_PERIOD_DAYS") : AppealTerms.DEFAULT_PERIOD_DAYS,
                parameters.has("APPEAL_HANDLING_DAYS") ? parameters.intValue("APPEAL_HANDLING_DAYS") : AppealTerms.DEFAULT_HANDLING_DAYS,
                today);
    }

    /** Checks the corrections as intake checks the same fields, naming a bad one as intake would. */
    private Appeal.CorrectedFacts corrections(WrseApplication application, AppealDetails d) {
        var a = application.getApplicant();
        List<ApplicantDetails.Registry> registries = d.registries() == null
                ? application.getRegistries().stream().map(r -> new ApplicantDetails.Registry(r.getRegistry(), r.getDecile(), r.getAsOf())).toList()
                : d.registries();
        CheckedApplicant checked = checks.check(new ApplicantDetails(a.getNikValue(), a.getKkNumber(), a.getFullName(), a.getSex(),
                a.getBirthDate(), a.getMaritalStatus(), a.getRegencyCode(), a.getDistrictCode(), a.getVillage(),
                application.getApplicationDate(), registries,
                d.currentAid() == null ? new ArrayList<>(application.getCurrentAid()) : d.currentAid(), a.getDeclaredPriorAidYear(),
                a.isHasBusiness(), a.getBusinessField(), a.getBusinessDescription(), a.isMainBreadwinner(),
                a.isPriorSkillsTraining(),
                d.circumstances() == null ? new ArrayList<>(application.getCircumstances()) : d.circumstances()), Instant.now());
        List<RegistryEntry> entries = d.registries() == null ? null : checked.registries();
        return new Appeal.CorrectedFacts(entries, d.currentAid() == null ? null : checked.currentAid(),
                d.circumstances() == null ? null : checked.circumstances());
    }

    /** Who took part in the decision appealed: who screened it, judged it or asked for its override, not who printed the letter. */
    private static Set<String> decidedBy(WrseApplication application, ScreeningDecision decision) {
        Set<String> who = new TreeSet<>();
        who.add(decision.getDecidedBy());
        if (decision.getJudgedBy() != null) {
            who.add(decision.getJudgedBy());
        }
        for (StatusChange change : application.getHistory()) {
            if (change.getAction() == ApplicationAction.OVERRIDE_REQUESTED || change.getAction() == ApplicationAction.REVIEW_RESOLVED
                    || change.getAction() == ApplicationAction.DECISION_OVERRIDDEN) {
                if (!change.getChangedAt().isBefore(decision.getDecidedAt())) {
                    who.add(change.getChangedBy());
                }
            }
        }
        return who;
    }

    private WrseApplication load(long id) {
        return applications.find(id).orElseThrow(() -> new NotFoundException("WRSE application", id));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
