package id.berdaya.interfaces.kubp.rest;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.function.Supplier;

/**
 * Runs a write again when it lost a race for its loan's row: the service locks the loan, but a
 * database may give up waiting for the lock (H2 after a second) or see a newer version. Each try
 * is a transaction of its own, so a retry starts from what the winner committed.
 */
@ApplicationScoped
public class ConcurrentRetry {

    static final int ATTEMPTS = 5;

    public <T> T call(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (EJBException e) {
                if (attempt >= ATTEMPTS || !isLostRace(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    static boolean isLostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")
                    || cause.getClass().getName().equals("org.hibernate.PessimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
