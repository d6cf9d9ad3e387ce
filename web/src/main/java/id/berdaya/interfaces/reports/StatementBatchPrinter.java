package id.berdaya.interfaces.reports;

import id.berdaya.application.reports.StatementBatchPrinting;
import id.berdaya.reports.kubp.RepaymentStatement;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Prints one loan's statement in the chunk's transaction: its letter is issued (or the one issued
 * before for the same loan and date is reused) and its PDF stored as the letter's issued form.
 */
@Named
@Dependent
public class StatementBatchPrinter implements ItemProcessor {

    @Inject
    @BatchProperty
    private String batchId;

    @Inject
    private StatementBatchStore store;

    @Inject
    private StatementBatchPrinting printing;

    @Inject
    private PdfRendering rendering;

    private StatementBatchStore.Row batch;

    @Override
    public Object processItem(Object item) {
        if (batch == null) {
            batch = store.find(batchId).orElseThrow();
        }
        StatementBatchReader.Loan loan = (StatementBatchReader.Loan) item;
        RepaymentStatement statement = printing.statement(loan.loanId(), batch.asOf(), batch.verifyBase());
        rendering.pdf(statement);
        return new StatementBatchStore.Item(loan.position(), loan.loanId(), statement.issue().letterId());
    }
}
