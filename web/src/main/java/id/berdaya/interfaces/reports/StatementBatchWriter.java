package id.berdaya.interfaces.reports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Stores the chunk's printed statements and the batch's count, in the chunk's transaction. */
@Named
@Dependent
public class StatementBatchWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String batchId;

    @Inject
    private StatementBatchStore store;

    @Override
    public void writeItems(List<Object> items) {
        store.printed(batchId, items.stream().map(StatementBatchStore.Item.class::cast).toList());
    }
}
