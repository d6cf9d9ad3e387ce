package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.domain.shared.Rupiah;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A regency's WRSE quota for one programme year: how many recipients, within what budget. */
@KeepsHistory
@Entity
@Table(name = "wrse_quota")
public class RegencyQuota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "regency_code", nullable = false, length = 6)
    private String regencyCode;

    @Column(name = "programme_year", nullable = false)
    private int programmeYear;

    @Column(name = "recipients", nullable = false)
    private int recipients;

    @Column(name = "budget", nullable = false)
    private long budget;

    @Column(name = "set_by", nullable = false, length = 50)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected RegencyQuota() {
        // for JPA
    }

    public RegencyQuota(String regencyCode, int programmeYear, int recipients, Rupiah budget, String by, Instant at) {
        this.regencyCode = Inputs.digits("regencyCode", regencyCode, 4);
        Inputs.check(programmeYear >= 2000 && programmeYear <= 2100, "year", "year must be between 2000 and 2100",
                "tahun harus antara 2000 dan 2100");
        this.programmeYear = programmeYear;
        change(recipients, budget, by, at);
    }

    public void change(int recipients, Rupiah budget, String by, Instant at) {
        Inputs.check(recipients >= 0 && recipients <= 100_000, "recipients", "recipients must be 0 to 100000",
                "jumlah penerima harus 0 sampai 100000");
        Inputs.required("budget", budget);
        this.recipients = recipients;
        this.budget = budget.amount();
        this.setBy = by;
        this.setAt = at;
    }

    /** Whether the first {@code rank} recipients, each given {@code perRecipient}, fit this quota. */
    public boolean fits(int rank, Rupiah perRecipient) {
        return rank <= recipients && (long) rank * perRecipient.amount() <= budget;
    }

    public String getRegencyCode() {
        return regencyCode;
    }

    public int getProgrammeYear() {
        return programmeYear;
    }

    public int getRecipients() {
        return recipients;
    }

    public Rupiah getBudget() {
        return Rupiah.of(budget);
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
