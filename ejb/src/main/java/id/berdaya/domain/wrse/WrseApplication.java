package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseDecision;
import id.berdaya.rules.wrse.WrseScreeningResult;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A WRSE aid application, the aggregate root. Its state changes only through the methods of
 * {@link ApplicationWorkflow} (screening, judgement, proposal, verification, training, delivery)
 * and {@link #correct}, each of which refuses a step the current state does not allow and records
 * who took it and when. Its id is the application number.
 */
@KeepsHistory
@Entity
@Table(name = "wrse_application")
public class WrseApplication extends ApplicationWorkflow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_year", nullable = false)
    private int programmeYear;

    @Column(name = "application_date", nullable = false)
    private LocalDate applicationDate;

    @Embedded
    private Applicant applicant;

    @ElementCollection
    @CollectionTable(name = "wrse_application_registry", joinColumns = @JoinColumn(name = "application_id"))
    private List<RegistryEntry> registries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "wrse_application_aid", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "aid_code", length = 20)
    private Set<String> currentAid = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "wrse_application_circumstance", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "circumstance_code", length = 30)
    private Set<String> circumstances = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "wrse_aid_item", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "item", length = 200)
    private List<String> aidItems = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("sequence")
    private List<ScreeningDecision> decisions = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("changedAt, id")
    private List<StatusChange> history = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind")
    private List<ApplicationDocument> documents = new ArrayList<>();

    @Column(name = "entered_by", nullable = false, length = 50)
    private String enteredBy;

    /** The recording client's own key (a field device's), if it sent one; unique. */
    @Column(name = "idempotency_key", length = 100, updatable = false)
    private String idempotencyKey;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Version
    private long version;

    protected WrseApplication() {
        // for JPA
    }

    /** Records a new application as a DRAFT, with an empty document checklist. */
    public WrseApplication(Applicant applicant, LocalDate applicationDate, Collection<RegistryEntry> registries,
            Collection<String> currentAid, String by, Instant at) {
        this.enteredBy = Inputs.required("enteredBy", by);
        this.enteredAt = at;
        this.status = ApplicationStatus.DRAFT;
        setFacts(applicant, applicationDate, registries, currentAid, at);
        for (DocumentKind kind : DocumentKind.values()) {
            documents.add(new ApplicationDocument(this, kind));
        }
        record(ApplicationAction.RECORDED, null, status, null, by, at);
    }

    /** Corrects the entered data; allowed until the application is proposed. Submit again to re-screen. */
    public void correct(Applicant applicant, LocalDate applicationDate, Collection<RegistryEntry> registries,
            Collection<String> currentAid, String by, Instant at) {
        if (!status.isCorrectable()) {
            throw new StateConflictException("Application " + id + " is " + status + " and can no longer be corrected",
                    "Permohonan " + id + " berstatus " + status + " dan tidak dapat dikoreksi lagi");
        }
        setFacts(applicant, applicationDate, registries, currentAid, at);
        record(ApplicationAction.CORRECTED, status, status, null, by, at);
    }

    private void setFacts(Applicant applicant, LocalDate applicationDate, Collection<RegistryEntry> registries,
            Collection<String> currentAid, Instant at) {
        Inputs.required("applicationDate", applicationDate);
        Inputs.check(!applicationDate.isAfter(WrseProgramme.today(at)), "applicationDate",
                "the application date cannot be in the future", "tanggal permohonan tidak boleh di masa depan");
        WrseProgramme.requireBornBy(applicant.getBirthDate(), applicationDate, at);
        Inputs.check(applicant.getDeclaredPriorAidYear() == null
                        || applicant.getDeclaredPriorAidYear() <= applicationDate.getYear(), "priorWrseAidYear",
                "priorWrseAidYear cannot be after the application year", "priorWrseAidYear tidak boleh setelah tahun permohonan");
        this.applicant = applicant;
        this.applicationDate = applicationDate;
        this.programmeYear = applicationDate.getYear();
        this.registries.clear();
        this.registries.addAll(registries);
        this.currentAid.clear();
        this.currentAid.addAll(currentAid);
        this.openKey = openKeyFor(applicant.getNikValue(), programmeYear);
    }

    /**
     * Records her circumstances (codes of the circumstance list, checked by the caller); like the other
     * entered facts, only until the application is proposed. Submit again to re-screen.
     */
    public void recordCircumstances(Collection<String> codes) {
        if (!status.isCorrectable()) {
            throw new StateConflictException("Application " + id + " is " + status + " and can no longer be corrected",
                    "Permohonan " + id + " berstatus " + status + " dan tidak dapat dikoreksi lagi");
        }
        this.circumstances.clear();
        this.circumstances.addAll(codes);
    }

    /** Remembers the key a client recorded this application under; set once, at recording. */
    public void recordedUnder(String key) {
        if (this.idempotencyKey != null) {
            throw new IllegalStateException("application already has an idempotency key");
        }
        this.idempotencyKey = key;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    /** The value behind "one open application per NIK per programme year" (a unique column). */
    public static String openKeyFor(String nik, int programmeYear) {
        return nik + ":" + programmeYear;
    }

    /** The facts the rules judge; prior aid is the earlier of what she declared and what the records show. */
    public WrseApplicant toFacts(Integer recordedPriorAidYear) {
        return WrseProgramme.facts(applicant, applicationDate, registries, currentAid, circumstances,
                recordedPriorAidYear);
    }

    @Override
    ScreeningDecision newDecision(WrseScreeningResult result, String ruleSetVersion, String snapshot, String by,
            Instant at) {
        ScreeningDecision decision = new ScreeningDecision(this, decisions.size() + 1, result, ruleSetVersion, snapshot,
                by, at);
        decisions.add(decision);
        return decision;
    }

    @Override
    void record(ApplicationAction action, ApplicationStatus from, ApplicationStatus to, String note, String by,
            Instant at) {
        history.add(new StatusChange(this, action, from, to, note, by, at));
    }

    /** Ticks a document on the checklist as received (or not). */
    public void markDocument(DocumentKind kind, boolean received, String by, Instant at) {
        requireDocumentsOpen();
        document(kind).markReceived(received, by, at);
        record(ApplicationAction.DOCUMENT_UPDATED, status, status, kind + (received ? " received" : " not received"), by, at);
    }

    /** Attaches a stored scan to a document, which marks it received. */
    public void attachScan(DocumentKind kind, String fileName, ScanFormat format, long size, Long scanId, String by,
            Instant at) {
        requireDocumentsOpen();
        document(kind).attachScan(fileName, format, size, scanId, by, at);
        record(ApplicationAction.DOCUMENT_UPDATED, status, status, kind + " scan " + format, by, at);
    }

    @Override
    List<StatusChange> historyList() {
        return history;
    }

    @Override
    List<DocumentKind> missingDocumentList() {
        return missingDocuments();
    }

    /** The documents the decree asks for that have not been received yet. */
    public List<DocumentKind> missingDocuments() {
        return documents.stream().filter(d -> !d.isReceived()).map(ApplicationDocument::getKind).sorted().toList();
    }

    private ApplicationDocument document(DocumentKind kind) {
        Inputs.required("kind", kind);
        return documents.stream().filter(d -> d.getKind() == kind).findFirst().orElseThrow();
    }

    private void requireDocumentsOpen() {
        if (status == ApplicationStatus.REJECTED || status == ApplicationStatus.AID_DELIVERED) {
            throw new StateConflictException("Application " + id + " is " + status + "; its documents are closed",
                    "Permohonan " + id + " berstatus " + status + "; dokumennya sudah ditutup");
        }
    }

    @Override
    List<ScreeningDecision> decisionList() {
        return decisions;
    }

    @Override
    List<String> aidItemList() {
        return aidItems;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getProgrammeYear() {
        return programmeYear;
    }

    @Override
    public LocalDate getApplicationDate() {
        return applicationDate;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public List<RegistryEntry> getRegistries() {
        return List.copyOf(registries);
    }

    public Set<String> getCurrentAid() {
        return Set.copyOf(currentAid);
    }

    /** Her circumstances as codes, every one (callers show confidential ones only to the roles that may see them). */
    public Set<String> getCircumstances() {
        return Set.copyOf(circumstances);
    }

    /** Every screening, oldest first; a re-screening adds to the list and never replaces. */
    public List<ScreeningDecision> getDecisions() {
        return List.copyOf(decisions);
    }

    public List<StatusChange> getHistory() {
        return List.copyOf(history);
    }

    public List<ApplicationDocument> getDocuments() {
        return List.copyOf(documents);
    }

    @Override
    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public WrseDecision getCurrentDecision() {
        return currentDecision;
    }
}
