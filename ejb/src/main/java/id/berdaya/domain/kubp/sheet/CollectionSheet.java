package id.berdaya.domain.kubp.sheet;

import id.berdaya.domain.kubp.loan.Loan;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A collection sheet for one meeting date and either a district or a field officer's groups: one
 * row per loan in repayment, by village and group name, as a field officer takes it to the
 * meetings. Rows are posted through {@link #post}, once each.
 */
@Entity
@Table(name = "kubp_collection_sheet")
public class CollectionSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "meeting_date", nullable = false, updatable = false)
    private LocalDate meetingDate;

    @Column(name = "district_code", updatable = false, length = 6)
    private String districtCode;

    @Column(name = "field_officer", updatable = false, length = 50)
    private String fieldOfficer;

    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<CollectionSheetRow> rows = new ArrayList<>();

    protected CollectionSheet() {
        // for JPA
    }

    /** @param loans the loans in repayment in the sheet's scope; their figures are taken on the meeting date */
    public static CollectionSheet open(String districtCode, String fieldOfficer, LocalDate meetingDate,
            List<Loan> loans, String by, Instant at) {
        CollectionSheet sheet = new CollectionSheet();
        sheet.districtCode = districtCode;
        sheet.fieldOfficer = fieldOfficer;
        sheet.meetingDate = Objects.requireNonNull(meetingDate);
        sheet.createdBy = by;
        sheet.createdAt = at;
        List<Loan> ordered = new ArrayList<>(loans);
        ordered.sort(Comparator.comparing((Loan l) -> l.getGroup().getVillage())
                .thenComparing(l -> l.getGroup().getName()).thenComparing(Loan::getId));
        for (Loan loan : ordered) {
            sheet.rows.add(new CollectionSheetRow(sheet, sheet.rows.size() + 1, loan, meetingDate));
        }
        return sheet;
    }

    public Optional<CollectionSheetRow> rowOf(long loanId) {
        return rows.stream().filter(r -> r.getLoanId() == loanId).findFirst();
    }

    /** Records a row as posted, with the repayment it became (null when nothing was paid). */
    public void post(CollectionSheetRow row, SheetEntry entry, Long repaymentId, String by, Instant at) {
        if (!rows.contains(row)) {
            throw new IllegalArgumentException("row " + row.getId() + " is not on sheet " + id);
        }
        row.post(entry, repaymentId, by, at);
    }

    public long totalToCollect() {
        return rows.stream().mapToLong(CollectionSheetRow::getToCollect).sum();
    }

    public long totalPaid() {
        return rows.stream().mapToLong(r -> r.getPaidAmount() == null ? 0 : r.getPaidAmount()).sum();
    }

    public Long getId() { return id; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getDistrictCode() { return districtCode; }
    public String getFieldOfficer() { return fieldOfficer; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public List<CollectionSheetRow> getRows() { return Collections.unmodifiableList(rows); }
}
