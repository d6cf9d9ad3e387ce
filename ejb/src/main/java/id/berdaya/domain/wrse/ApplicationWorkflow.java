package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.rules.wrse.WrseDecision;
import id.berdaya.rules.wrse.WrseScreeningResult;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The states of a WRSE application and the only ways to move between them. Each step checks the
 * state it starts from, changes it and records who took it and when; an illegal step is a
 * {@link StateConflictException} and changes nothing.
 */
@MappedSuperclass
public abstract class ApplicationWorkflow {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    ApplicationStatus status;

    @Column(name = "open_key", length = 24)
    String openKey;

    /** The decision in force (a supervisor's judgement replaces the rules' one), for lists and ranking. */
    @Enumerated(EnumType.STRING)
    @Column(name = "current_decision", length = 20)
    WrseDecision currentDecision;

    @Column(name = "priority_score")
    Integer priorityScore;

    @Column(name = "rejection_reason", length = 1000)
    String rejectionReason;

    @Column(name = "training_attended_on")
    LocalDate trainingAttendedOn;

    @Column(name = "aid_value")
    Long aidValue;

    @Column(name = "aid_handover_date")
    LocalDate aidHandoverDate;

    abstract Long getId();

    abstract LocalDate getApplicationDate();

    abstract String getEnteredBy();

    abstract List<ScreeningDecision> decisionList();

    abstract List<String> aidItemList();

    abstract List<StatusChange> historyList();

    abstract List<DocumentKind> missingDocumentList();

    abstract ScreeningDecision newDecision(WrseScreeningResult result, String ruleSetVersion, String snapshot,
            String by, Instant at);

    abstract void record(ApplicationAction action, ApplicationStatus from, ApplicationStatus to, String note, String by,
            Instant at);

    /** Stores a screening (DRAFT → SUBMITTED, or again while SUBMITTED after a correction). */
    public ScreeningDecision submit(WrseScreeningResult result, String ruleSetVersion, String snapshot, String by,
            Instant at) {
        requireStatus("submit", ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED);
        ScreeningDecision decision = newDecision(result, ruleSetVersion, snapshot, by, at);
        ApplicationAction action = status == ApplicationStatus.DRAFT ? ApplicationAction.SUBMITTED
                : ApplicationAction.RESCREENED;
        currentDecision = decision.effectiveDecision();
        priorityScore = decision.getPriorityScore();
        move(action, ApplicationStatus.SUBMITTED, decision.getDecision() + ", " + ruleSetVersion, by, at);
        return decision;
    }

    /**
     * A supervisor's judgement on the latest decision: resolves NEEDS_REVIEW either way, or overrides
     * INELIGIBLE to ELIGIBLE. Needs a written justification and another person than the one who
     * entered the application or submitted it.
     */
    public void judge(WrseDecision outcome, String justification, String by, Instant at) {
        requireStatus("judge", ApplicationStatus.SUBMITTED);
        ScreeningDecision latest = latestDecision();
        if (latest.isJudged()) {
            throw conflict("decision " + latest.getSequence() + " has already been judged; correct and submit again",
                    "keputusan " + latest.getSequence() + " sudah dinilai; koreksi dan ajukan ulang");
        }
        WrseDecision ruled = latest.getDecision();
        if (ruled == WrseDecision.ELIGIBLE) {
            throw conflict("the decision is ELIGIBLE and needs no judgement", "keputusan LAYAK tidak perlu dinilai");
        }
        Inputs.required("decision", outcome);
        if (outcome == WrseDecision.NEEDS_REVIEW || ruled == WrseDecision.INELIGIBLE && outcome != WrseDecision.ELIGIBLE) {
            throw new InvalidInputException("decision", "a judgement on " + ruled + " can only be ELIGIBLE"
                    + (ruled == WrseDecision.NEEDS_REVIEW ? " or INELIGIBLE" : ""),
                    "penilaian atas " + ruled + " hanya dapat ELIGIBLE" + (ruled == WrseDecision.NEEDS_REVIEW ? " atau INELIGIBLE" : ""));
        }
        String text = Inputs.requiredText("justification", justification, 2000);
        Inputs.check(text.length() >= 20, "justification", "justification must explain the judgement (at least 20 characters)",
                "alasan harus menjelaskan penilaian (paling sedikit 20 karakter)");
        if (by.equals(getEnteredBy()) || by.equals(latest.getDecidedBy())) {
            throw conflict("the judgement must come from someone other than who entered or submitted the application",
                    "penilaian harus diberikan oleh orang lain selain yang mencatat atau mengajukan permohonan");
        }
        if (ruled == WrseDecision.INELIGIBLE && !overrideRequested()) {
            // A failed criterion is overridden only by two supervisors: this one asks, another confirms.
            move(ApplicationAction.OVERRIDE_REQUESTED, status, outcome + ": " + text, by, at);
            return;
        }
        if (ruled == WrseDecision.INELIGIBLE) {
            DutySeparation.check(ApplicationAction.DECISION_OVERRIDDEN, by, historyList(), getId());
        }
        latest.recordJudgement(outcome, text, by, at);
        currentDecision = outcome;
        ApplicationAction action = ruled == WrseDecision.NEEDS_REVIEW ? ApplicationAction.REVIEW_RESOLVED
                : ApplicationAction.DECISION_OVERRIDDEN;
        move(action, status, outcome + ": " + text, by, at);
    }

    /** Whether a first supervisor has asked to override the latest (INELIGIBLE) decision. */
    public boolean overrideRequested() {
        List<StatusChange> history = historyList();
        for (int i = history.size() - 1; i >= 0; i--) {
            ApplicationAction action = history.get(i).getAction();
            if (action == ApplicationAction.OVERRIDE_REQUESTED) {
                return true;
            }
            if (action == ApplicationAction.SUBMITTED || action == ApplicationAction.RESCREENED
                    || action == ApplicationAction.DECISION_OVERRIDDEN) {
                return false;
            }
        }
        return false;
    }

    /** Who asked for the pending override, if one is pending. */
    public String overrideRequestedBy() {
        if (!overrideRequested()) {
            return null;
        }
        List<StatusChange> history = historyList();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).getAction() == ApplicationAction.OVERRIDE_REQUESTED) {
                return history.get(i).getChangedBy();
            }
        }
        return null;
    }

    /** The regency's social service puts an eligible application on its proposal list to the province. */
    public void propose(String by, Instant at) {
        requireStatus("propose", ApplicationStatus.SUBMITTED);
        if (currentDecision != WrseDecision.ELIGIBLE) {
            throw conflict("only an ELIGIBLE application can be proposed; the decision is " + currentDecision
                    + (currentDecision == WrseDecision.NEEDS_REVIEW ? " and needs a supervisor's judgement" : ""),
                    "hanya permohonan yang LAYAK dapat diusulkan; keputusannya " + currentDecision);
        }
        move(ApplicationAction.PROPOSED, ApplicationStatus.PROPOSED, null, by, at);
    }

    public void verify(String by, Instant at) {
        requireStatus("verify", ApplicationStatus.PROPOSED);
        DutySeparation.check(ApplicationAction.VERIFIED, by, historyList(), getId());
        DutySeparation.requireDocuments(ApplicationAction.VERIFIED, missingDocumentList(), getId());
        move(ApplicationAction.VERIFIED, ApplicationStatus.VERIFIED, null, by, at);
    }

    /** The province rejects a proposal, with its reason; the NIK may then apply again this year. */
    public void reject(String reason, String by, Instant at) {
        requireStatus("reject", ApplicationStatus.PROPOSED);
        DutySeparation.check(ApplicationAction.REJECTED, by, historyList(), getId());
        rejectionReason = Inputs.requiredText("reason", reason, 1000);
        openKey = null;
        move(ApplicationAction.REJECTED, ApplicationStatus.REJECTED, rejectionReason, by, at);
    }

    /** Bimtek (technical guidance) attendance, on a day between the application and today. */
    public void recordTraining(LocalDate attendedOn, String by, Instant at) {
        requireStatus("record training for", ApplicationStatus.VERIFIED);
        WrseProgramme.requireBetween("attendedOn", attendedOn, getApplicationDate(), WrseProgramme.today(at));
        trainingAttendedOn = attendedOn;
        move(ApplicationAction.TRAINED, ApplicationStatus.TRAINED, attendedOn.toString(), by, at);
    }

    /** Hands over the business goods: what, worth how much (Rp 3,000,000 unless given), and when. */
    public void deliverAid(List<String> items, Rupiah value, LocalDate handoverDate, String by, Instant at) {
        requireStatus("deliver aid for", ApplicationStatus.TRAINED);
        List<String> cleaned = WrseProgramme.aidItems(items);
        Rupiah worth = value == null ? WrseProgramme.STANDARD_AID_VALUE : value;
        Inputs.check(worth.isPositive(), "value", "value must be more than zero", "nilai harus lebih dari nol");
        WrseProgramme.requireBetween("handoverDate", handoverDate, trainingAttendedOn, WrseProgramme.today(at));
        aidItemList().clear();
        aidItemList().addAll(cleaned);
        aidValue = worth.amount();
        aidHandoverDate = handoverDate;
        move(ApplicationAction.AID_DELIVERED, ApplicationStatus.AID_DELIVERED, worth + ", " + handoverDate, by, at);
    }

    /** The latest screening; refuses if the application was never submitted. */
    public ScreeningDecision latestDecision() {
        List<ScreeningDecision> decisions = decisionList();
        if (decisions.isEmpty()) {
            throw conflict("application has not been submitted yet", "permohonan belum diajukan");
        }
        return decisions.get(decisions.size() - 1);
    }

    void move(ApplicationAction action, ApplicationStatus to, String note, String by, Instant at) {
        ApplicationStatus from = status;
        status = to;
        record(action, from, to, note, by, at);
    }

    private void requireStatus(String step, ApplicationStatus... allowed) {
        for (ApplicationStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw conflict("cannot " + step + " an application that is " + status,
                "tidak dapat memproses langkah ini untuk permohonan berstatus " + status);
    }

    private StateConflictException conflict(String en, String id) {
        return new StateConflictException("Application " + getId() + ": " + en, "Permohonan " + getId() + ": " + id);
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Integer getPriorityScore() {
        return priorityScore;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public LocalDate getTrainingAttendedOn() {
        return trainingAttendedOn;
    }

    public Long getAidValue() {
        return aidValue;
    }

    public Rupiah getAidValueAsRupiah() {
        return aidValue == null ? null : Rupiah.of(aidValue);
    }

    public LocalDate getAidHandoverDate() {
        return aidHandoverDate;
    }

    public List<String> getAidItems() {
        return List.copyOf(aidItemList());
    }
}
