package id.berdaya.application.reports;

import id.berdaya.application.reports.IssuingOffice.OfficeValues;
import id.berdaya.domain.letter.Office;
import id.berdaya.domain.letter.OfficeDetails;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The offices that issue letters, read from the database for every letter (at most
 * {@value #FRESH_SECONDS} seconds old, so that an administrator's change reaches every node). At the
 * first start the table is filled with the shipped demo values ({@code offices.properties}), flagged
 * demo until an administrator saves each office.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@LocalBean
public class OfficeDirectory implements IssuingOffice.Source {

    static final int FRESH_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(OfficeDirectory.class.getName());

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Resource
    private SessionContext context;

    private volatile Snapshot snapshot = new Snapshot(Map.of(), Long.MIN_VALUE);

    private record Snapshot(Map<String, Office> offices, long readAt) {
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void start() {
        for (String prefix : IssuingOffice.shippedPrefixes()) {
            if (em.find(Office.class, prefix) == null) {
                IssuingOffice shipped = IssuingOffice.shipped(prefix, "{regency}", null);
                em.persist(new Office(prefix, raw(prefix), shipped.letterhead().emblemPng() != null, true));
                LOG.info(() -> "Issuing office " + prefix + " filled with the shipped demo values");
            }
        }
        IssuingOffice.use(context.getBusinessObject(OfficeDirectory.class));
    }

    @PreDestroy
    void stop() {
        IssuingOffice.use(null);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<IssuingOffice> find(String prefix, String regency, String regencyCode) {
        Office office = current().get(prefix);
        if (office == null) {
            return Optional.empty();
        }
        OfficeDetails d = office.details();
        byte[] emblem = office.getEmblem() != null ? office.getEmblem()
                : office.isDemoEmblem() ? id.berdaya.reports.letter.DemoEmblem.png() : null;
        return Optional.of(IssuingOffice.build(prefix, regency, regencyCode, new OfficeValues(d.government(), d.office(),
                d.street(), d.postcode(), d.phone(), d.email(), d.website(), d.place(), emblem, d.signatoryPosition(),
                d.signatoryName(), d.signatoryRank(), d.signatoryNip()), copies(d.copies())));
    }

    /** Forgets what was read, so that the next letter reads the office again (after a change here). */
    public void forget() {
        snapshot = new Snapshot(Map.of(), Long.MIN_VALUE);
    }

    private Map<String, Office> current() {
        Snapshot now = snapshot;
        long nanos = System.nanoTime();
        if (now.readAt() == Long.MIN_VALUE || nanos - now.readAt() > Duration.ofSeconds(FRESH_SECONDS).toNanos()) {
            Map<String, Office> offices = new LinkedHashMap<>();
            for (Office office : em.createQuery("select o from Office o", Office.class).getResultList()) {
                em.detach(office);
                offices.put(office.getPrefix(), office);
            }
            now = new Snapshot(Map.copyOf(offices), nanos);
            snapshot = now;
        }
        return now.offices();
    }

    /** The tembusan as stored, one "type=first | second" line per letter type. */
    static Map<String, String> copies(String text) {
        Map<String, String> copies = new LinkedHashMap<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                copies.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return copies;
    }

    /** The tembusan as stored from the map. */
    static String copiesText(Map<String, String> copies) {
        StringBuilder text = new StringBuilder();
        copies.forEach((type, value) -> text.append(type).append('=').append(value).append('\n'));
        return text.toString().strip();
    }

    /** The shipped values with "{regency}" kept as it is, for the table. */
    private static OfficeDetails raw(String prefix) {
        IssuingOffice o = IssuingOffice.shipped(prefix, "{regency}", null);
        String place = o.letterhead().place();
        // shipped() falls back to the regency's name for the place: keep "{regency}" out of the stored place
        boolean placeIsShortName = place.equals("{regency}");
        return new OfficeDetails(o.letterhead().government(), o.letterhead().office(), o.letterhead().street(),
                blank(o.letterhead().postcode()), blank(o.letterhead().phone()), blank(o.letterhead().email()),
                blank(o.letterhead().website()), placeIsShortName ? null : blank(place), o.signatory().position(),
                o.signatory().name(), blank(o.signatory().rank()), blank(o.signatory().nip()), copiesText(o.copies()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Every office, for the administrator's list. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Office> all() {
        return em.createQuery("select o from Office o order by o.prefix", Office.class).getResultList();
    }
}
