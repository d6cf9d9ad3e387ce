package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Parallel posters on one loan: no amount lost, none doubled, never more than is owed. */
@ExtendWith(ArquillianExtension.class)
class KubpConcurrencyIT {

    private static final int POSTERS = 12;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private static List<ApiClient.Answer> inParallel(List<Callable<ApiClient.Answer>> posts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(posts.size());
        try {
            List<ApiClient.Answer> answers = new ArrayList<>();
            for (Future<ApiClient.Answer> f : pool.invokeAll(posts)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelPostsAreAllCountedExactlyOnce() throws Exception {
        KubpApi kubp = new KubpApi(app);
        long loan = kubp.disbursedLoan(kubp.group("640205", 5), 12_000_000, 12, LocalDate.of(2024, 1, 10));
        List<Callable<ApiClient.Answer>> posts = new ArrayList<>();
        for (int i = 0; i < POSTERS; i++) {
            posts.add(() -> kubp.repay(loan, 250_000, LocalDate.of(2024, 2, 10)));
        }

        List<ApiClient.Answer> answers = inParallel(posts);

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
        JsonObject after = kubp.loan(loan, LocalDate.of(2024, 2, 10)).json();
        assertThat(after.getJsonArray("repayments")).hasSize(POSTERS);
        assertThat(after.getJsonNumber("outstandingPrincipal").longValue()).isEqualTo(12_000_000 - POSTERS * 250_000L);
    }

    @Test
    void parallelPostsBeyondTheBalancePayItOffExactlyAndRefuseTheRest() throws Exception {
        KubpApi kubp = new KubpApi(app);
        long loan = kubp.disbursedLoan(kubp.group("640205", 5), 6_000_000, 6, LocalDate.of(2024, 1, 10));
        List<Callable<ApiClient.Answer>> posts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            posts.add(() -> kubp.repay(loan, 1_000_000, LocalDate.of(2024, 3, 1)));
        }

        List<ApiClient.Answer> answers = inParallel(posts);

        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(6);
        assertThat(answers.stream().filter(a -> a.status() == 409)).hasSize(3);
        JsonObject after = kubp.loan(loan, LocalDate.of(2024, 3, 1)).json();
        assertThat(after.getJsonNumber("outstandingPrincipal").longValue()).isZero();
        assertThat(after.getString("currentStatus")).isEqualTo("PAID_OFF");
    }

    @Test
    void parallelRetriesWithOneIdempotencyKeyPostOnce() throws Exception {
        KubpApi kubp = new KubpApi(app);
        long loan = kubp.disbursedLoan(kubp.group("640205", 5), 6_000_000, 6, LocalDate.of(2024, 1, 10));
        String body = KubpApi.repaymentJson(700_000, LocalDate.of(2024, 2, 10), KubpApi.receipt());
        String key = "parallel-" + System.nanoTime();
        List<Callable<ApiClient.Answer>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(() -> kubp.finance.send(kubp.finance.request("api/kubp/loans/" + loan + "/repayments")
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body))));
        }

        List<ApiClient.Answer> answers = inParallel(posts);

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
        assertThat(answers.stream().map(a -> a.json().getJsonNumber("id").longValue()).distinct()).hasSize(1);
        JsonObject after = kubp.loan(loan, LocalDate.of(2024, 2, 10)).json();
        assertThat(after.getJsonArray("repayments")).hasSize(1);
        assertThat(after.getJsonNumber("outstandingPrincipal").longValue()).isEqualTo(5_300_000);
    }
}
