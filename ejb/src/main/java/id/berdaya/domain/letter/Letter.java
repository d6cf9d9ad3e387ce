package id.berdaya.domain.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An issued letter: its number in its series, its verification code and the subject it is about.
 * Immutable once issued and never deleted, which is what keeps the series without gaps.
 */
@Entity
@Table(name = "letter")
public class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "series_code", nullable = false, updatable = false, length = 40)
    private LetterType type;

    @Column(name = "number_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "seq_no", nullable = false, updatable = false)
    private int sequence;

    @Column(name = "letter_number", nullable = false, updatable = false, length = 60)
    private String number;

    @Column(name = "verification_code", nullable = false, updatable = false, length = 32)
    private String verificationCode;

    @Column(name = "subject_key", nullable = false, updatable = false, length = 200)
    private String subjectKey;

    @Column(name = "subject_id", nullable = false, updatable = false, length = 80)
    private String subjectId;

    @Column(name = "as_of", updatable = false)
    private LocalDate asOf;

    @Column(name = "addressee_masked", nullable = false, updatable = false, length = 200)
    private String addresseeMasked;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 50)
    private String issuedBy;

    @Column(name = "warning_level", updatable = false)
    private Integer warningLevel;

    @Column(name = "arrears_since", updatable = false)
    private LocalDate arrearsSince;

    @Column(name = "cites_number", updatable = false, length = 60)
    private String citesNumber;

    @Column(name = "cites_date", updatable = false)
    private LocalDate citesDate;

    protected Letter() {
        // for JPA
    }

    /**
     * The next letter of a series: {@code sequence} must follow the last one issued for the type and the
     * year of {@code issuedOn}, the date of the event the letter records (a decision, an approval, a handover,
     * the as-of date of a statement), never after {@code today}.
     */
    public Letter(LetterSubject subject, int sequence, LocalDate issuedOn, LocalDate today, String addresseeName,
            String issuedBy) {
        if (issuedOn.isAfter(today)) {
            throw new IllegalArgumentException("A letter cannot be dated " + issuedOn + ", after today " + today);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("Letter sequences start at 1, was " + sequence);
        }
        this.type = subject.type();
        this.year = issuedOn.getYear();
        this.sequence = sequence;
        this.number = type.number(sequence, year);
        this.verificationCode = VerificationCode.random();
        this.subjectKey = subject.key();
        this.subjectId = subject.recordId();
        this.asOf = subject.asOf();
        this.addresseeMasked = MaskedName.of(addresseeName);
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        this.issuedAt = Instant.now();
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
    }

    /** Marks this letter as warning {@code level} (1–3) of the arrears that began on {@code since}, citing the one before. */
    public void warning(int level, LocalDate since, Letter previous) {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("Warning levels are 1 to 3, was " + level);
        }
        if ((level == 1) != (previous == null)) {
            throw new IllegalArgumentException("SP-" + level + (level == 1 ? " cites no earlier warning" : " must cite SP-" + (level - 1)));
        }
        if (previous != null && (previous.warningLevel == null || previous.warningLevel != level - 1)) {
            throw new IllegalArgumentException("SP-" + level + " must follow SP-" + (level - 1));
        }
        this.warningLevel = level;
        this.arrearsSince = Objects.requireNonNull(since, "since");
        if (previous != null) {
            this.citesNumber = previous.number;
            this.citesDate = previous.issuedOn;
        }
    }

    public Long getId() {
        return id;
    }

    public LetterType getType() {
        return type;
    }

    public int getYear() {
        return year;
    }

    public int getSequence() {
        return sequence;
    }

    /** As printed after "Nomor :", e.g. 400.9/0007/DINSOS/2026. */
    public String getNumber() {
        return number;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getAddresseeMasked() {
        return addresseeMasked;
    }

    /** The date the letter bears, in East Kalimantan's time (WITA). */
    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    /** 1, 2 or 3 for SP-1 to SP-3; null for any other letter. */
    public Integer getWarningLevel() {
        return warningLevel;
    }

    public LocalDate getArrearsSince() {
        return arrearsSince;
    }

    /** The earlier warning this one cites (SP-2 cites SP-1, SP-3 cites SP-2); null otherwise. */
    public String getCitesNumber() {
        return citesNumber;
    }

    public LocalDate getCitesDate() {
        return citesDate;
    }
}
