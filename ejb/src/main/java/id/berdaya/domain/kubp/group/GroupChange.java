package id.berdaya.domain.kubp.group;

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

/**
 * One entry in a group's history, written by the group itself on every change and never
 * altered: the programme's data was "inaccurate and out of date", so who changed what is kept.
 */
@Entity
@Table(name = "kubp_group_history")
public class GroupChange {

    public enum Kind {
        CREATED,
        UPDATED
    }

    private static final int MAX_DESCRIPTION = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private KubpGroup group;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(name = "changed_by", nullable = false, length = 50, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(nullable = false, length = MAX_DESCRIPTION, updatable = false)
    private String description;

    protected GroupChange() {
        // for JPA
    }

    GroupChange(KubpGroup group, Kind kind, String changedBy, Instant changedAt, String description) {
        this.group = group;
        this.kind = kind;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.description = description.length() <= MAX_DESCRIPTION ? description
                : description.substring(0, MAX_DESCRIPTION - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getDescription() {
        return description;
    }
}
