package id.berdaya.domain.rules;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.RuleRefusalException;
import id.berdaya.domain.shared.StateConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One stored version of a rule set, numbered 1, 2, 3… per rule set: its rule files, its test cases,
 * who wrote it and why, who approved it and from when it takes effect. (Its compiled counterpart in
 * memory is {@code infrastructure.rules.RuleSetVersion}; both carry the same content id, which every
 * decision records.)
 * <p>
 * A version is edited only as a DRAFT, by anyone holding its current lock version (a save based on
 * an older one is told to reload); it is approved by a second person, never its author, with an
 * effective date-time that is not in the past; it then goes into force, and out again when another
 * version replaces it.
 */
@KeepsHistory
@Entity
@Table(name = "rule_set_version")
public class RuleSetRevision {

    /** The author of the versions shipped with the application. */
    public static final String SYSTEM = "system";

    /** "Now" chosen in a form with minute precision is a little in the past by the time it arrives. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RuleSetKind kind;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RuleSetStatus status;

    @Column(name = "based_on")
    private Integer basedOn;

    @Column(name = "content_id", nullable = false, length = 40)
    private String contentId;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(nullable = false, length = 50)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_by", nullable = false, length = 50)
    private String editedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "approved_by", length = 50)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approval_note", length = 2000)
    private String approvalNote;

    @Column(name = "effective_at")
    private Instant effectiveAt;

    @Column(name = "in_force_since")
    private Instant inForceSince;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @ElementCollection
    @CollectionTable(name = "rule_set_file", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "ordinal")
    private List<RuleFile> files = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "rule_set_test_case", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "ordinal")
    private List<TestCase> testCases = new ArrayList<>();

    protected RuleSetRevision() {
        // for JPA
    }

    private RuleSetRevision(RuleSetKind kind, int number, RuleSetStatus status, String author, String reason,
            List<RuleFile> files, List<TestCase> testCases, String contentId, Instant now) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.number = number;
        this.status = status;
        this.author = Objects.requireNonNull(author, "author");
        this.editedBy = author;
        this.reason = requireReason(reason);
        this.files.addAll(files);
        this.testCases.addAll(testCases);
        this.contentId = Objects.requireNonNull(contentId, "contentId");
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The rules shipped with the application, in force from the first start. */
    public static RuleSetRevision shipped(RuleSetKind kind, List<RuleFile> files, List<TestCase> testCases,
            String contentId, Instant now) {
        RuleSetRevision shipped = new RuleSetRevision(kind, 1, RuleSetStatus.IN_FORCE, SYSTEM,
                "Aturan bawaan aplikasi / the default rules shipped with the application", files, testCases,
                contentId, now);
        shipped.effectiveAt = now;
        shipped.inForceSince = now;
        return shipped;
    }

    /**
     * Newer defaults shipped with a later release, offered as a draft: they go into force only when
     * someone approves them, like any other change.
     */
    public static RuleSetRevision shippedDraft(RuleSetKind kind, int number, List<RuleFile> files,
            List<TestCase> testCases, String contentId, Instant now) {
        return new RuleSetRevision(kind, number, RuleSetStatus.DRAFT, SYSTEM,
                "Aturan bawaan rilis baru / the defaults shipped with a newer release", files, testCases, contentId, now);
    }

    /** A new draft with the files and test cases of an existing version. */
    public static RuleSetRevision draftFrom(RuleSetRevision source, int number, String author, String reason, Instant now) {
        RuleSetRevision draft = new RuleSetRevision(source.kind, number, RuleSetStatus.DRAFT, author, reason,
                source.files, source.testCases, source.contentId, now);
        draft.basedOn = source.number;
        return draft;
    }

    /** Replaces the draft's content. @throws StateConflictException if not a draft or edited meanwhile */
    public void edit(long expectedLockVersion, String editor, String newReason, List<RuleFile> newFiles,
            List<TestCase> newTestCases, String newContentId, Instant now) {
        requireDraft("edited");
        requireLockVersion(expectedLockVersion);
        if (newFiles.isEmpty()) {
            throw new InvalidInputException("files", "A rule set needs at least one rule file",
                    "Aturan memerlukan setidaknya satu berkas");
        }
        this.reason = requireReason(newReason);
        List<RuleFile> filesCopy = List.copyOf(newFiles); // the new lists may be views of the old ones
        List<TestCase> testCasesCopy = List.copyOf(newTestCases);
        this.files.clear();
        this.files.addAll(filesCopy);
        this.testCases.clear();
        this.testCases.addAll(testCasesCopy);
        this.contentId = Objects.requireNonNull(newContentId, "contentId");
        this.editedBy = Objects.requireNonNull(editor, "editor");
        this.updatedAt = now;
    }

    /**
     * A second person approves the draft to take effect at {@code effectiveAt}. Whether it compiles
     * and passes its test cases is for the caller to have checked: this guards who and when.
     */
    public void approve(String approver, Instant effective, String note, Instant now) {
        requireDraft("approved");
        if (author.equals(approver)) {
            throw new RuleRefusalException("The author of a draft cannot approve it; a second person must",
                    "Penyusun draf tidak dapat menyetujuinya sendiri; orang kedua harus menyetujui",
                    List.of(new RuleRefusalException.Reason("FOUR_EYES",
                            "Versi " + number + " disusun oleh " + author + "; persetujuan harus oleh penyelia atau staf kebijakan lain",
                            "Version " + number + " was written by " + author + "; a supervisor or another policy officer must approve it")));
        }
        this.effectiveAt = requireNotPast(effective, now);
        this.status = RuleSetStatus.APPROVED;
        this.approvedBy = approver;
        this.approvedAt = now;
        this.approvalNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** Checks an effective date-time: null means now; the past is refused. */
    public static Instant requireNotPast(Instant effective, Instant now) {
        if (effective == null) {
            return now;
        }
        if (effective.isBefore(now.minus(CLOCK_TOLERANCE))) {
            throw new InvalidInputException("effectiveAt", "The effective date-time " + effective + " is in the past",
                    "Tanggal dan jam berlaku " + effective + " sudah lewat");
        }
        return effective.isBefore(now) ? now : effective;
    }

    /** Called when an approved version's time has come, or a retired one is rolled back to. */
    public void putInForce(Instant now) {
        if (status != RuleSetStatus.APPROVED && status != RuleSetStatus.RETIRED) {
            throw new StateConflictException("Version " + number + " is " + status + " and cannot be put into force",
                    "Versi " + number + " berstatus " + status + " dan tidak dapat diberlakukan");
        }
        this.status = RuleSetStatus.IN_FORCE;
        this.inForceSince = now;
        this.retiredAt = null;
    }

    public void retire(Instant now) {
        if (status != RuleSetStatus.IN_FORCE) {
            throw new StateConflictException("Version " + number + " is not in force", "Versi " + number + " tidak berlaku");
        }
        this.status = RuleSetStatus.RETIRED;
        this.retiredAt = now;
    }

    /** @throws StateConflictException when someone saved the draft since the caller read it */
    public void requireLockVersion(long expected) {
        if (expected != lockVersion) {
            throw new StateConflictException("Version " + number + " was changed by " + editedBy + " at " + updatedAt
                    + " after you opened it; reload it and make your change again",
                    "Versi " + number + " telah diubah oleh " + editedBy + " pada " + updatedAt
                            + " setelah Anda membukanya; muat ulang lalu ulangi perubahan Anda");
        }
    }

    private void requireDraft(String what) {
        if (status != RuleSetStatus.DRAFT) {
            throw new StateConflictException("Version " + number + " is " + status + ", not a draft, and cannot be " + what
                    + "; create a new draft from it", "Versi " + number + " berstatus " + status
                            + ", bukan draf; buat draf baru dari versi ini");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the rules change", "Tuliskan alasan perubahan aturan");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("reason", "The reason is longer than 2000 characters",
                    "Alasan lebih dari 2000 karakter");
        }
        return reason.strip();
    }

    public boolean isDraft() {
        return status == RuleSetStatus.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public RuleSetKind getKind() {
        return kind;
    }

    public int getNumber() {
        return number;
    }

    public RuleSetStatus getStatus() {
        return status;
    }

    /** The number of the version this one was drafted from, or null. */
    public Integer getBasedOn() {
        return basedOn;
    }

    /** The id the compiled rules carry and every decision records, derived from the files. */
    public String getContentId() {
        return contentId;
    }

    public String getReason() {
        return reason;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovalNote() {
        return approvalNote;
    }

    public Instant getEffectiveAt() {
        return effectiveAt;
    }

    public Instant getInForceSince() {
        return inForceSince;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public List<RuleFile> getFiles() {
        return Collections.unmodifiableList(files);
    }

    public List<TestCase> getTestCases() {
        return Collections.unmodifiableList(testCases);
    }
}
