package id.berdaya.domain.wrse;

import java.util.List;
import java.util.Optional;

public interface WrseApplicationRepository {

    /** Filters for the list; null means "any". */
    record Filter(String regencyCode, String districtCode, ApplicationStatus status, Integer year) {
    }

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
    List<WrseApplication> list(Filter filter, int first, int max);

    long count(Filter filter);

    /** Applications of a regency and year with an eligible decision in force (ranking candidates). */
    List<WrseApplication> eligible(String regencyCode, int programmeYear);

    void add(WrseApplication application);

    /** Writes pending changes now, so that a violated unique constraint surfaces here. */
    void flush();

    DocumentScan addScan(DocumentScan scan);

    Optional<DocumentScan> findScan(long scanId);
}
