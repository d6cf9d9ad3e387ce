package id.berdaya.domain.letter;

import id.berdaya.domain.shared.KeepsHistory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An office that issues letters, as an administrator keeps it: its kop (government, agency, street,
 * postcode, telephone, e-mail, website, emblem), the town of the date line, who signs (position,
 * name, pangkat/golongan, NIP) and the tembusan per letter type. Keyed by the letters' prefix
 * ({@code wrse}, {@code wrse.regency}, {@code kubp}, {@code gender}).
 */
@KeepsHistory
@Entity
@Table(name = "issuing_office")
public class Office {

    @Id
    @Column(length = 40)
    private String prefix;

    @Column(nullable = false, length = 200)
    private String government;

    @Column(nullable = false, length = 200)
    private String office;

    @Column(nullable = false, length = 200)
    private String street;

    @Column(length = 5)
    private String postcode;

    @Column(length = 40)
    private String phone;

    @Column(length = 100)
    private String email;

    @Column(length = 100)
    private String website;

    @Column(length = 60)
    private String place;

    /** The regional emblem as PNG; null for none (or the demo emblem, when {@link #demoEmblem}). */
    private byte[] emblem;

    @Column(name = "demo_emblem", nullable = false)
    private boolean demoEmblem;

    @Column(name = "signatory_position", nullable = false, length = 300)
    private String signatoryPosition;

    @Column(name = "signatory_name", nullable = false, length = 150)
    private String signatoryName;

    @Column(name = "signatory_rank", length = 100)
    private String signatoryRank;

    @Column(name = "signatory_nip", length = 18)
    private String signatoryNip;

    /** One "type=first | second" line per letter type. */
    @Column(nullable = false, length = 2000)
    private String copies = "";

    /** Filled from the shipped demo values and not yet saved by an administrator. */
    @Column(nullable = false)
    private boolean demo;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 50)
    private String updatedBy;

    @Version
    private long version;

    protected Office() {
        // for JPA
    }

    public Office(String prefix, OfficeDetails details, boolean demoEmblem, boolean demo) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        apply(details);
        this.demoEmblem = demoEmblem;
        this.demo = demo;
    }

    /** An administrator's new values (checked by the caller): no longer demo data. */
    public void update(OfficeDetails details, String by, Instant at) {
        apply(details);
        this.demo = false;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** A new emblem (PNG, checked by the caller), or none. */
    public void changeEmblem(byte[] png, String by, Instant at) {
        this.emblem = png == null ? null : png.clone();
        this.demoEmblem = false;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private void apply(OfficeDetails d) {
        this.government = d.government();
        this.office = d.office();
        this.street = d.street();
        this.postcode = d.postcode();
        this.phone = d.phone();
        this.email = d.email();
        this.website = d.website();
        this.place = d.place();
        this.signatoryPosition = d.signatoryPosition();
        this.signatoryName = d.signatoryName();
        this.signatoryRank = d.signatoryRank();
        this.signatoryNip = d.signatoryNip();
        this.copies = d.copies() == null ? "" : d.copies();
    }

    public OfficeDetails details() {
        return new OfficeDetails(government, office, street, postcode, phone, email, website, place, signatoryPosition,
                signatoryName, signatoryRank, signatoryNip, copies);
    }

    public String getPrefix() { return prefix; }
    public byte[] getEmblem() { return emblem == null ? null : emblem.clone(); }
    public boolean isDemoEmblem() { return demoEmblem; }
    public boolean isDemo() { return demo; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
