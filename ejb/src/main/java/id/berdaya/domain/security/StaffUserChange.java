package id.berdaya.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One entry of a staff account's history: what an administrator changed, and when. Never edited. */
@Entity
@Table(name = "app_user_change")
public class StaffUserChange {

    /** What kind of change it was. */
    public enum Kind { CREATED, DETAILS, ROLES, DISABLED, ENABLED, PASSWORD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private StaffUser user;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 50)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    /** What changed, in codes and values (never a password): e.g. "LOAN_OFFICER → LOAN_OFFICER, SUPERVISOR". */
    @Column(nullable = false, length = 400)
    private String detail;

    protected StaffUserChange() {
        // for JPA
    }

    public StaffUserChange(StaffUser user, Instant changedAt, String changedBy, Kind kind, String detail) {
        this.user = Objects.requireNonNull(user, "user");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.detail = detail.length() > 400 ? detail.substring(0, 399) + "…" : detail;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
