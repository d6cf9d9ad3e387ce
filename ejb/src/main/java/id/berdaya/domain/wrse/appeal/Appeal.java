package id.berdaya.domain.wrse.appeal;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.domain.wrse.Inputs;
import id.berdaya.domain.wrse.RegistryEntry;
import id.berdaya.rules.wrse.WrseDecision;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An appeal (sanggah) against a WRSE decision letter. Lodged through an officer within the period
 * from the letter's date, with grounds; handled once, by a supervisor who took no part in the
 * decision, who chooses the rule set; the record keeps both versions and what each gave.
 */
@KeepsHistory(omit = {"newFacts", "correction"})
@Entity
@Table(name = "wrse_appeal")
public class Appeal {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "decision_id", nullable = false)
    private long decisionId;

    @Column(name = "decision_letter_id", nullable = false)
    private long decisionLetterId;

    @Column(name = "decision_letter_number", nullable = false, length = 60)
    private String decisionLetterNumber;

    @Column(name = "decision_letter_date", nullable = false)
    private LocalDate decisionLetterDate;

    /** Who took part in the decision (comma-separated usernames): none of them handles the appeal. */
    @Column(name = "decided_by", nullable = false, length = 200)
    private String decidedBy;

    @Column(name = "lodged_on", nullable = false)
    private LocalDate lodgedOn;

    @Column(name = "period_days", nullable = false)
    private int periodDays;

    @Column(name = "handling_days", nullable = false)
    private int handlingDays;

    @Column(name = "handle_by", nullable = false)
    private LocalDate handleBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "ground", nullable = false, length = 30)
    private AppealGround ground;

    @Column(name = "grounds", nullable = false, length = 2000)
    private String grounds;

    @Column(name = "new_facts", length = 2000)
    private String newFacts;

    @Column(name = "corrects_registries", nullable = false)
    private boolean correctsRegistries;

    @Column(name = "corrects_aid", nullable = false)
    private boolean correctsAid;

    @Column(name = "corrects_circumstances", nullable = false)
    private boolean correctsCircumstances;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "wrse_appeal_registry", joinColumns = @JoinColumn(name = "appeal_id"))
    @OrderColumn(name = "position")
    private List<RegistryEntry> registries = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "wrse_appeal_aid", joinColumns = @JoinColumn(name = "appeal_id"))
    @Column(name = "aid_code", length = 20)
    private Set<String> currentAid = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "wrse_appeal_circumstance", joinColumns = @JoinColumn(name = "appeal_id"))
    @Column(name = "circumstance_code", length = 30)
    private Set<String> circumstances = new TreeSet<>();

    /** For a registry error: the registry at fault and what its entry should say (the usulan). */
    @Column(name = "registry", length = 20)
    private String registry;

    @Column(name = "correction", length = 1000)
    private String correction;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AppealStatus status;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_set_choice", length = 20)
    private RuleSetChoice ruleSetChoice;

    @Column(name = "original_rule_set_version", length = 60)
    private String originalRuleSetVersion;

    @Column(name = "current_rule_set_version", length = 60)
    private String currentRuleSetVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "original_outcome", length = 20)
    private WrseDecision originalOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_outcome", length = 20)
    private WrseDecision currentOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private AppealOutcome outcome;

    @Column(name = "handling_note", length = 2000)
    private String handlingNote;

    @Column(name = "handled_by", length = 50)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "new_decision_id")
    private Long newDecisionId;

    @Version
    private long version;

    protected Appeal() {
        // for JPA
    }

    /**
     * Lodges an appeal against the decision letter {@code letter}, refusing the first bad field by name:
     * no ground or grounds, a day before the letter or to come, or after the period.
     */
    public Appeal(AppealedDecision letter, LocalDate lodgedOn, AppealGround ground, String grounds, String newFacts,
            CorrectedFacts corrected, String registry, String correction, AppealTerms terms, String by, Instant at) {
        LocalDate today = terms.today();
        Inputs.required("lodgedOn", lodgedOn);
        Inputs.check(!lodgedOn.isAfter(today), "lodgedOn", "the day the appeal was lodged cannot be in the future",
                "tanggal sanggahan diajukan tidak boleh di masa depan");
        Inputs.check(!lodgedOn.isBefore(letter.letterDate()), "lodgedOn",
                "the appeal cannot be lodged before the decision letter of " + letter.letterDate(),
                "sanggahan tidak dapat diajukan sebelum surat keputusan tanggal " + DAY.format(letter.letterDate()));
        LocalDate periodEnds = letter.letterDate().plusDays(terms.periodDays());
        if (lodgedOn.isAfter(periodEnds)) {
            throw new InvalidInputException("lodgedOn",
                    "the appeal period of " + terms.periodDays() + " days from decision letter " + letter.letterNumber()
                            + " of " + letter.letterDate() + " ended on " + periodEnds,
                    "masa sanggah " + terms.periodDays() + " hari sejak surat keputusan " + letter.letterNumber()
                            + " tanggal " + DAY.format(letter.letterDate()) + " berakhir pada " + DAY.format(periodEnds));
        }
        this.ground = Inputs.required("ground", ground);
        this.grounds = Inputs.requiredText("grounds", grounds, 2000);
        Inputs.check(this.grounds.length() >= 10, "grounds", "the grounds must say what is objected to (at least 10 characters)",
                "alasan sanggahan harus menjelaskan keberatannya (paling sedikit 10 karakter)");
        this.newFacts = Inputs.text("newFacts", newFacts, 2000);
        if (ground.proposesCorrection()) {
            this.registry = Inputs.requiredText("registry", registry, 20);
            this.correction = Inputs.requiredText("correction", correction, 1000);
        } else {
            this.registry = Inputs.text("registry", registry, 20);
            this.correction = Inputs.text("correction", correction, 1000);
        }
        this.applicationId = letter.applicationId();
        this.decisionId = letter.decisionId();
        this.decisionLetterId = letter.letterId();
        this.decisionLetterNumber = letter.letterNumber();
        this.decisionLetterDate = letter.letterDate();
        this.decidedBy = String.join(",", new TreeSet<>(letter.decidedBy()));
        this.lodgedOn = lodgedOn;
        this.periodDays = terms.periodDays();
        this.handlingDays = terms.handlingDays();
        this.handleBy = lodgedOn.plusDays(terms.handlingDays());
        setCorrections(corrected);
        this.status = AppealStatus.LODGED;
        this.recordedBy = Inputs.required("recordedBy", by);
        this.recordedAt = at;
    }

    private void setCorrections(CorrectedFacts corrected) {
        if (corrected.registries() != null) {
            correctsRegistries = true;
            registries.addAll(corrected.registries());
        }
        if (corrected.currentAid() != null) {
            correctsAid = true;
            currentAid.addAll(corrected.currentAid());
        }
        if (corrected.circumstances() != null) {
            correctsCircumstances = true;
            circumstances.addAll(corrected.circumstances());
        }
    }

    /**
     * Refuses the supervisor who took part in the decision (naming the field {@code supervisor}), and an
     * appeal already decided.
     */
    public void requireHandler(String supervisor) {
        if (status != AppealStatus.LODGED) {
            throw new StateConflictException("Appeal " + id + " has already been decided by " + handledBy,
                    "Sanggahan " + id + " sudah diputus oleh " + handledBy);
        }
        if (getDecidedBy().contains(supervisor)) {
            throw new InvalidInputException("supervisor",
                    "the appeal must be handled by a supervisor other than " + supervisor + ", who took part in the decision",
                    "sanggahan harus ditangani penyelia lain selain " + supervisor + " yang ikut mengambil keputusan");
        }
    }

    /** Records the re-screening: both versions and what each gave, the choice, and the outcome under it. */
    public void decide(RuleSetChoice choice, String note, Rescreening original, Rescreening current, long newDecision,
            String by, Instant at) {
        requireHandler(by);
        this.ruleSetChoice = Inputs.required("ruleSetChoice", choice);
        this.handlingNote = Inputs.text("note", note, 2000);
        this.originalRuleSetVersion = original.ruleSetVersion();
        this.originalOutcome = original.decision();
        this.currentRuleSetVersion = current.ruleSetVersion();
        this.currentOutcome = current.decision();
        this.outcome = AppealOutcome.of(choice == RuleSetChoice.ORIGINAL ? originalOutcome : currentOutcome);
        this.newDecisionId = newDecision;
        this.handledBy = by;
        this.handledAt = at;
        this.status = AppealStatus.DECIDED;
    }

    /** A screening's result under one version, as the appeal keeps it. */
    public record Rescreening(String ruleSetVersion, WrseDecision decision) {
    }

    /** Whether it is still waiting and its handling deadline has passed. */
    public boolean isOverdue(LocalDate today) {
        return status == AppealStatus.LODGED && today.isAfter(handleBy);
    }

    /** Whether it is still waiting and its deadline falls within the next {@code days} days (or has passed). */
    public boolean isDueWithin(LocalDate today, int days) {
        return status == AppealStatus.LODGED && !today.plusDays(days).isBefore(handleBy);
    }

    public LocalDate periodEndsOn() {
        return decisionLetterDate.plusDays(periodDays);
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public long getDecisionLetterId() {
        return decisionLetterId;
    }

    public String getDecisionLetterNumber() {
        return decisionLetterNumber;
    }

    public LocalDate getDecisionLetterDate() {
        return decisionLetterDate;
    }

    public List<String> getDecidedBy() {
        return decidedBy.isEmpty() ? List.of() : Arrays.asList(decidedBy.split(","));
    }

    public LocalDate getLodgedOn() {
        return lodgedOn;
    }

    public int getPeriodDays() {
        return periodDays;
    }

    public int getHandlingDays() {
        return handlingDays;
    }

    public LocalDate getHandleBy() {
        return handleBy;
    }

    public AppealGround getGround() {
        return ground;
    }

    public String getGrounds() {
        return grounds;
    }

    public String getNewFacts() {
        return newFacts;
    }

    /** The corrected registries, or null when the appeal does not correct them. */
    public List<RegistryEntry> getRegistries() {
        return correctsRegistries ? List.copyOf(registries) : null;
    }

    public Set<String> getCurrentAid() {
        return correctsAid ? Set.copyOf(currentAid) : null;
    }

    public Set<String> getCircumstances() {
        return correctsCircumstances ? Set.copyOf(circumstances) : null;
    }

    public String getRegistry() {
        return registry;
    }

    public String getCorrection() {
        return correction;
    }

    public AppealStatus getStatus() {
        return status;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public RuleSetChoice getRuleSetChoice() {
        return ruleSetChoice;
    }

    public String getOriginalRuleSetVersion() {
        return originalRuleSetVersion;
    }

    public String getCurrentRuleSetVersion() {
        return currentRuleSetVersion;
    }

    public WrseDecision getOriginalOutcome() {
        return originalOutcome;
    }

    public WrseDecision getCurrentOutcome() {
        return currentOutcome;
    }

    public AppealOutcome getOutcome() {
        return outcome;
    }

    public String getHandlingNote() {
        return handlingNote;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public Long getNewDecisionId() {
        return newDecisionId;
    }

    /** For the record's lists: corrections the appeal asks for, as given (null parts keep the application's). */
    public record CorrectedFacts(Collection<RegistryEntry> registries, Collection<String> currentAid,
            Collection<String> circumstances) {
        public static final CorrectedFacts NONE = new CorrectedFacts(null, null, null);
    }
}
