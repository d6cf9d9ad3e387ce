package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface WrseApplicationRepository {

    /** Filters for the list; null means "any". The search finds an applicant by exact NIK or part of her name. */
    record Filter(String regencyCode, String districtCode, ApplicationStatus status, Integer year, ListSearch search) {

        public Filter(String regencyCode, String districtCode, ApplicationStatus status, Integer year) {
            this(regencyCode, districtCode, status, year, null);
        }
    }

    /** The keys the list sorts by (each a fixed column; ties are broken by number, newest first). */
    Set<String> SORT_KEYS = Set.of("id", "name", "regency", "district", "date", "status", "decision", "score", "year");

    /** Newest first. */
    ListOrder DEFAULT_ORDER = ListOrder.descending("id");

    Optional<WrseApplication> find(long id);

    /** The application with its decisions, history and documents loaded, for display after the transaction. */
    Optional<WrseApplication> findComplete(long id);

    /** The application a client recorded under this idempotency key, if any. */
    Optional<WrseApplication> findByIdempotencyKey(String key);

    /** The open application for this NIK in this programme year, if any. */
    Optional<WrseApplication> findOpen(String nik, int programmeYear);

    /** The earliest programme year in which this NIK received WRSE aid, if ever. */
    Optional<Integer> earliestAidYear(String nik);

    /** Every application of this NIK, newest first: her history across years. */
    List<WrseApplication> findByNik(String nik);

    /** One page of the list, newest first. */
    default List<WrseApplication> list(Filter filter, int first, int max) {
        return list(filter, DEFAULT_ORDER, first, max);
    }

    /** One page of the list in this order (a key of {@link #SORT_KEYS}). */
    List<WrseApplication> list(Filter filter, ListOrder order, int first, int max);

    long count(Filter filter);

    /** Applications of a regency and year with an eligible decision in force (ranking candidates). */
    List<WrseApplication> eligible(String regencyCode, int programmeYear);

    void add(WrseApplication application);

    /** Writes pending changes now, so that a violated unique constraint surfaces here. */
    void flush();

    DocumentScan addScan(DocumentScan scan);

    Optional<DocumentScan> findScan(long scanId);
}
