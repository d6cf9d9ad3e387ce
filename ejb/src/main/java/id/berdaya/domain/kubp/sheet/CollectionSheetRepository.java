package id.berdaya.domain.kubp.sheet;

import java.util.List;
import java.util.Optional;

public interface CollectionSheetRepository {

    Optional<CollectionSheet> find(long id);

    /** The sheet, locked until the transaction ends, so two submissions of it post one after the other. */
    Optional<CollectionSheet> findForUpdate(long id);

    /** The latest sheets, newest first. */
    List<CollectionSheet> latest(int limit);

    void add(CollectionSheet sheet);
}
