package id.berdaya.application.registry;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import java.util.Properties;

/** How the API names a job's state, and how a job is restarted after a crash. */
public final class JobRestarts {

    private JobRestarts() {
    }

    /** STARTED, COMPLETED, FAILED or STOPPED. */
    public static String apiStatus(BatchStatus status) {
        return switch (status) {
            case STARTING, STARTED -> "STARTED";
            case STOPPING, STOPPED -> "STOPPED";
            case COMPLETED -> "COMPLETED";
            case FAILED, ABANDONED -> "FAILED";
        };
    }

    /**
     * Restarts from the last checkpoint. After a kill -9 the repository still says STARTED for the
     * dead execution: JBeret's "detect" mode marks it failed when no thread of this server runs it.
     */
    public static long restart(JobOperator jobs, long execution, String parameter, long value) {
        return restart(jobs, execution, parameter, Long.toString(value));
    }

    /** As {@link #restart(JobOperator, long, String, long)}, for a job whose parameter is text (a statement batch's id). */
    public static long restart(JobOperator jobs, long execution, String parameter, String value) {
        Properties parameters = new Properties();
        parameters.setProperty(parameter, value);
        parameters.setProperty("jberet.restart.mode", "detect");
        try {
            return jobs.restart(execution, parameters);
        } catch (jakarta.batch.operations.JobRestartException e) {
            throw new id.berdaya.domain.shared.StateConflictException("The job is still running or cannot be restarted: "
                    + e.getMessage(), "Pekerjaan masih berjalan atau tidak dapat dilanjutkan");
        }
    }
}
