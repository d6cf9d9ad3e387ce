package id.berdaya.interfaces.reports;

import id.berdaya.application.reports.StatementBatchPrinting;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Hands out the loans of a statement batch, in the batch's order (district, then loan). The checkpoint
 * is the place of the next loan; a restarted job lists the loans again and also skips every loan whose
 * statement is stored already, so none is printed twice.
 */
@Named
@Dependent
public class StatementBatchReader extends AbstractItemReader {

    /** A loan to print and its place in the batch. */
    public record Loan(int position, long loanId) implements Serializable {
    }

    @Inject
    @BatchProperty
    private String batchId;

    @Inject
    private StatementBatchStore store;

    @Inject
    private StatementBatchPrinting printing;

    private List<Long> loans;
    private Set<Long> printed;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        StatementBatchStore.Row batch = store.find(batchId).orElseThrow();
        loans = printing.loansOnBooks(batch.districtCode(), batch.asOf());
        printed = store.printedLoans(batchId);
        store.total(batchId, loans.size());
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        while (next < loans.size()) {
            int position = next++;
            long loan = loans.get(position);
            if (!printed.contains(loan)) {
                return new Loan(position, loan);
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
