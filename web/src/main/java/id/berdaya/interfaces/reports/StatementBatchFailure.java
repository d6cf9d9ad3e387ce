package id.berdaya.interfaces.reports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A step that failed marks the batch failed with the reason, for the page's tooltip and the API. */
@Named
@Dependent
public class StatementBatchFailure extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(StatementBatchFailure.class.getName());

    @Inject
    @BatchProperty
    private String batchId;

    @Inject
    private StepContext step;

    @Inject
    private StatementBatchStore store;

    @Override
    public void afterStep() {
        Exception e = step.getException();
        if (e != null) {
            LOG.log(Level.WARNING, "Statement batch " + batchId + " failed in step " + step.getStepName(), e);
            store.failed(batchId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
