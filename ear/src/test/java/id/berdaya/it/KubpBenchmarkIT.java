package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures, not assertions of speed: the time to post one collection sheet of N groups (against N
 * single repayments posted one by one in the same run), and to relieve M loans in one disaster job
 * (against opening a collection sheet over the same M loans, which reads them all). Small in CI;
 * the full run:
 * {@code ./mvnw -B -pl ear -am verify -Dit.test=KubpBenchmarkIT -Dkubp.bench.groups=50 -Dkubp.bench.loans=1000 …}.
 * The figures are printed as lines starting with "KUBP-BENCH".
 */
@ExtendWith(ArquillianExtension.class)
class KubpBenchmarkIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Makassar"));
    private static final LocalDate DISBURSED = TODAY.minusMonths(3).withDayOfMonth(3);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private static int size(String property, int fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() || value.startsWith("$") ? fallback : Integer.parseInt(value);
    }

    private List<Long> loans(KubpApi kubp, String district, String village, int count) {
        List<Long> loans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ApiClient.Answer group = kubp.officer.post("api/kubp/groups",
                    KubpApi.groupJson(district, KubpApi.women(5)).replace("Desa Uji", village));
            assertThat(group.status()).as(group.toString()).isEqualTo(201);
            loans.add(kubp.disbursedLoan(group.json().getJsonNumber("id").longValue(), 6_000_000, 6, DISBURSED));
        }
        return loans;
    }

    private static void print(String what, int count, long nanos, String baselineWhat, long baselineNanos) {
        System.out.printf("KUBP-BENCH %s: %d in %d ms (%.1f ms each); baseline %s: %d ms; ratio %.2f%n", what, count,
                nanos / 1_000_000, nanos / 1e6 / count, baselineWhat, baselineNanos / 1_000_000,
                (double) nanos / baselineNanos);
    }

    @Test
    void postingACollectionSheetAgainstSingleRepayments() {
        KubpApi kubp = new KubpApi(app);
        int groups = size("kubp.bench.groups", 10);
        String village = "Desa Bench " + System.nanoTime() % 1_000_000;
        List<Long> onSheet = loans(kubp, "640219", village, groups);
        List<Long> single = loans(kubp, "640219", village, groups);
        JsonObject sheet = kubp.officer.post("api/kubp/collection-sheets",
                "{\"districtCode\":\"640219\",\"meetingDate\":\"" + TODAY + "\"}").json();
        StringBuilder rows = new StringBuilder("{\"rows\":[");
        for (int i = 0; i < onSheet.size(); i++) {
            rows.append(i == 0 ? "" : ",").append(String.format("{\"loanId\":%d,\"key\":\"bench-%d\",\"amount\":1000000,"
                    + "\"receiptNo\":\"%s\",\"attendance\":5}", onSheet.get(i), i, KubpApi.receipt()));
        }
        rows.append("]}");

        long begin = System.nanoTime();
        for (long loan : single) {
            assertThat(kubp.repay(loan, 1_000_000, TODAY).status()).isEqualTo(201);
        }
        long singles = System.nanoTime() - begin;
        begin = System.nanoTime();
        ApiClient.Answer posted = kubp.finance.post("api/kubp/collection-sheets/" + sheet.getJsonNumber("id")
                + "/postings", rows.toString());
        long sheetPosting = System.nanoTime() - begin;

        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(posted.json().getInt("posted")).isEqualTo(groups);
        print("collection sheet posting (rows)", groups, sheetPosting, groups + " single repayments", singles);
    }

    @Test
    void relievingLoansInOneDisasterJobAgainstReadingThem() {
        KubpApi kubp = new KubpApi(app);
        int count = size("kubp.bench.loans", 40);
        String village = "Desa Bencana " + System.nanoTime() % 1_000_000;
        loans(kubp, "640219", village, count);

        long begin = System.nanoTime();
        assertThat(kubp.officer.post("api/kubp/collection-sheets",
                "{\"districtCode\":\"640219\",\"meetingDate\":\"" + TODAY + "\"}").status()).isEqualTo(201);
        long reading = System.nanoTime() - begin;
        begin = System.nanoTime();
        ApiClient.Answer declared = kubp.supervisor.post("api/kubp/disasters", "{\"type\":\"FLOOD\",\"areas\":[{"
                + "\"districtCode\":\"640219\",\"village\":\"" + village + "\"}],\"startDate\":\"" + TODAY.minusDays(7)
                + "\",\"moratoriumMonths\":3,\"decreeNumber\":\"BENCH/" + village + "\"}");
        long relief = System.nanoTime() - begin;

        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
        assertThat(declared.json().getInt("affectedLoans")).isEqualTo(count);
        print("disaster relief job (loans)", count, relief, "opening a sheet over the district's loans", reading);
    }
}
