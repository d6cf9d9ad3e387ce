package id.berdaya.application.audit;

import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.KeepsHistory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The change history for supervisors and administrators: who created, changed or removed which
 * record, when, and each field from what to what, newest first, filtered by record type, record id,
 * user and a period of days in East Kalimantan time. Written by the persistence layer for every
 * {@link KeepsHistory} entity; never edited.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class ChangeHistory {

    public static final int MAX_PAGE_SIZE = 200;
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    /** One creation, change or removal; {@code changes} are "field: old → new" lines. */
    public record Entry(long id, Instant changedAt, String changedBy, String entity, String recordId, String action,
            List<String> changes) {
    }

    /** What to look for; every part optional. {@code from} and {@code to} are days, both included. */
    public record Filter(String entity, String recordId, String changedBy, LocalDate from, LocalDate to) {

        /**
         * The filter as a page or a client types it (blank parts are absent, days are YYYY-MM-DD).
         *
         * @throws InvalidInputException naming the field: other characters than letters, digits and . _ @ -, or not a date
         */
        public static Filter of(String entity, String recordId, String changedBy, String from, String to) {
            return new Filter(text("entity", entity, "[A-Za-z]{1,40}"), text("recordId", recordId, "[0-9A-Za-z_-]{1,40}"),
                    text("changedBy", changedBy, "[0-9A-Za-z._@-]{1,50}"), day("from", from), day("to", to));
        }

        private static String text(String field, String value, String allowed) {
            String text = value == null || value.isBlank() ? null : value.strip();
            if (text != null && !text.matches(allowed)) {
                throw new InvalidInputException(field, "Only letters, digits and . _ @ - are allowed, at most 50",
                        "Hanya huruf, angka dan . _ @ - yang boleh, paling banyak 50");
            }
            return text;
        }

        private static LocalDate day(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, "Not a date (YYYY-MM-DD)", "Bukan tanggal (YYYY-MM-DD)");
            }
        }
    }

    /**
     * A page number or size as typed.
     *
     * @throws InvalidInputException naming the field: not 1 to 6 digits
     */
    public static int number(String field, String value) {
        String digits = value == null ? "" : value.strip();
        if (!digits.matches("[0-9]{1,6}")) {
            throw new InvalidInputException(field, "Not a whole number from 0 to 999999", "Bukan bilangan bulat 0 sampai 999999");
        }
        return Integer.parseInt(digits);
    }

    public record Page(List<Entry> entries, long total, int page, int size) {
    }

    @PersistenceContext
    private EntityManager em;

    /** The record types that keep a history, by entity name, for the filter. */
    public List<String> entities() {
        return em.getMetamodel().getEntities().stream()
                .filter(e -> e.getJavaType().isAnnotationPresent(KeepsHistory.class))
                .map(e -> e.getJavaType().getSimpleName()).sorted().toList();
    }

    /** @throws InvalidInputException naming the field: an unknown record type, a period that ends before it starts, a page out of range */
    public Page find(Filter filter, int page, int size) {
        if (filter.entity() != null && !entities().contains(filter.entity())) {
            throw new InvalidInputException("entity", "Unknown record type " + filter.entity() + "; known: " + entities(),
                    "Jenis data " + filter.entity() + " tidak dikenal; yang dikenal: " + entities());
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidInputException("to", "The period ends before it starts", "Periode berakhir sebelum dimulai");
        }
        if (page < 0 || page > 100_000) {
            throw new InvalidInputException("page", "The page must be 0 to 100000", "Halaman harus 0 sampai 100000");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "The page size must be 1 to " + MAX_PAGE_SIZE,
                    "Ukuran halaman harus 1 sampai " + MAX_PAGE_SIZE);
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new TreeMap<>();
        if (filter.entity() != null) {
            where.append(" AND entity = :entity");
            parameters.put("entity", filter.entity());
        }
        if (filter.recordId() != null) {
            where.append(" AND record_id = :recordId");
            parameters.put("recordId", filter.recordId());
        }
        if (filter.changedBy() != null) {
            where.append(" AND changed_by = :changedBy");
            parameters.put("changedBy", filter.changedBy());
        }
        if (filter.from() != null) {
            where.append(" AND changed_at >= :from");
            parameters.put("from", utc(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND changed_at < :to");
            parameters.put("to", utc(filter.to().plusDays(1)));
        }
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM change_history" + where);
        Query rows = em.createNativeQuery("SELECT id, changed_at, changed_by, entity, record_id, action, changes"
                + " FROM change_history" + where + " ORDER BY id DESC");
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<Entry> entries = new ArrayList<>();
        for (Object row : rows.setFirstResult(page * size).setMaxResults(size).getResultList()) {
            Object[] r = (Object[]) row;
            entries.add(new Entry(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], List.of(((String) r[6]).split("\n"))));
        }
        return new Page(List.copyOf(entries), total, page, size);
    }

    private static LocalDateTime utc(LocalDate day) {
        return day.atStartOfDay(WITA).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static Instant instant(Object value) {
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
