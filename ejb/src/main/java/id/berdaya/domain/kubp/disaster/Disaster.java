package id.berdaya.domain.kubp.disaster;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.domain.shared.InvalidInputException;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A disaster a supervisor declared, with its decree: type, area, start and the relief it brings (a
 * moratorium of N months on the installments falling due from the start).
 */
@KeepsHistory
@Entity
@Table(name = "kubp_disaster")
public class Disaster {

    static final LocalDate PROGRAMME_START = LocalDate.of(2012, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "disaster_type", nullable = false, length = 20, updatable = false)
    private DisasterType type;

    @Column(length = 500, updatable = false)
    private String description;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "moratorium_months", nullable = false, updatable = false)
    private int moratoriumMonths;

    @Column(name = "decree_number", nullable = false, length = 100, updatable = false)
    private String decreeNumber;

    @Column(name = "declared_by", nullable = false, length = 50, updatable = false)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    @Column(name = "affected_loans", nullable = false)
    private int affectedLoans;

    @ElementCollection
    @CollectionTable(name = "kubp_disaster_area", joinColumns = @JoinColumn(name = "disaster_id"))
    private List<DisasterArea> areas = new ArrayList<>();

    protected Disaster() {
        // for JPA
    }

    /** Checks the declaration as a whole; the district codes are the caller's to check (reference data). */
    public static Disaster declare(DisasterType type, String description, List<DisasterArea> areas, LocalDate start,
            int moratoriumMonths, String decreeNumber, String by, Instant at, LocalDate today) {
        if (type == null) {
            throw new InvalidInputException("type", "type is required", "Jenis bencana wajib diisi");
        }
        if (areas == null || areas.isEmpty()) {
            throw new InvalidInputException("areas", "at least one affected district is required",
                    "Paling sedikit satu kecamatan terdampak wajib diisi");
        }
        if (start == null) {
            throw new InvalidInputException("startDate", "startDate is required", "Tanggal mulai wajib diisi");
        }
        if (start.isAfter(today)) {
            throw new InvalidInputException("startDate", "startDate " + start + " is in the future",
                    "Tanggal mulai bencana " + start + " belum terjadi");
        }
        if (start.isBefore(PROGRAMME_START)) {
            throw new InvalidInputException("startDate", "startDate " + start + " is before the programme began",
                    "Tanggal mulai " + start + " sebelum program dimulai");
        }
        if (moratoriumMonths < 1 || moratoriumMonths > 24) {
            throw new InvalidInputException("moratoriumMonths", "moratoriumMonths must be 1 to 24",
                    "Lama penundaan angsuran 1 sampai 24 bulan");
        }
        if (decreeNumber == null || decreeNumber.isBlank()) {
            throw new InvalidInputException("decreeNumber", "decreeNumber is required",
                    "Nomor surat keputusan wajib diisi");
        }
        Disaster d = new Disaster();
        d.type = type;
        d.description = description == null || description.isBlank() ? null : description.strip();
        d.areas.addAll(areas);
        d.startDate = start;
        d.moratoriumMonths = moratoriumMonths;
        d.decreeNumber = decreeNumber.strip();
        d.declaredBy = by;
        d.declaredAt = at;
        return d;
    }

    public boolean covers(String district, String village) {
        return areas.stream().anyMatch(a -> a.covers(district, village));
    }

    public void recordAffected(int loans) {
        this.affectedLoans = loans;
    }

    public Long getId() { return id; }
    public DisasterType getType() { return type; }
    public String getDescription() { return description; }
    public LocalDate getStartDate() { return startDate; }
    public int getMoratoriumMonths() { return moratoriumMonths; }
    public String getDecreeNumber() { return decreeNumber; }
    public String getDeclaredBy() { return declaredBy; }
    public Instant getDeclaredAt() { return declaredAt; }
    public int getAffectedLoans() { return affectedLoans; }
    public List<DisasterArea> getAreas() { return Collections.unmodifiableList(areas); }
}
