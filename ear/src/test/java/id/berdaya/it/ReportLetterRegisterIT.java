package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.application.letter.LetterRegister;
import id.berdaya.domain.letter.Letter;
import id.berdaya.domain.letter.LetterRepository;
import id.berdaya.domain.letter.LetterSubject;
import id.berdaya.domain.letter.LetterType;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server against the real database: letter numbers stay gap-free and unique when
 * many are issued at once, a subject keeps its letter, and the public page verifies a letter.
 */
@ExtendWith(ArquillianExtension.class)
class ReportLetterRegisterIT {

    private static final int AT_ONCE = 40;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ReportLetterRegisterIT.class);
    }

    @Inject
    private LetterRegister register;

    @Inject
    private LetterRepository letters;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction tx;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @ArquillianResource
    private URL testApp;

    @Test
    void manyLettersIssuedAtOnceGetConsecutiveNumbersWithoutGapOrDuplicate() throws Exception {
        LetterType type = LetterType.KUBP_PORTFOLIO_REPORT;
        int before = lastSequence(type);
        String run = "it-" + System.nanoTime();

        List<Letter> issued = atOnce(AT_ONCE, i -> register.issue(LetterSubject.asOf(type, run + "-" + i,
                LocalDate.of(2026, 11, 22)), "Dinas Pemberdayaan Perempuan"));

        assertThat(issued).extracting(Letter::getSequence).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(range(before + 1, before + AT_ONCE));
        assertThat(issued).extracting(Letter::getNumber).doesNotHaveDuplicates()
                .allMatch(number -> number.matches("500/\\d{4}/LAP-KUBP/\\d{4}"));
        assertThat(issued).extracting(Letter::getVerificationCode).doesNotHaveDuplicates();
        assertThat(lastSequence(type)).isEqualTo(before + AT_ONCE);
    }

    @Test
    void theSameSubjectRequestedAtOnceGetsOneLetter() throws Exception {
        LetterType type = LetterType.WRSE_DECISION_LETTER;
        int before = lastSequence(type);
        LetterSubject subject = LetterSubject.of(type, "it-same-" + System.nanoTime());

        List<Letter> issued = atOnce(12, i -> register.issue(subject, "Siti Rahmawati"));

        assertThat(issued).extracting(Letter::getNumber).containsOnly(issued.get(0).getNumber());
        assertThat(issued).extracting(Letter::getVerificationCode).containsOnly(issued.get(0).getVerificationCode());
        assertThat(issued.get(0).getSequence()).isEqualTo(before + 1);
        assertThat(lastSequence(type)).isEqualTo(before + 1);
    }

    @Test
    void printingAgainGivesTheSameLetterAndADifferentDateANewOne() {
        LetterType type = LetterType.KUBP_REPAYMENT_STATEMENT;
        String loan = "it-loan-" + System.nanoTime();

        Letter first = register.issue(LetterSubject.asOf(type, loan, LocalDate.of(2026, 11, 22)), "KUBP Mawar Indah");
        Letter again = register.issue(LetterSubject.asOf(type, loan, LocalDate.of(2026, 11, 22)), "KUBP Mawar Indah");
        Letter later = register.issue(LetterSubject.asOf(type, loan, LocalDate.of(2026, 12, 22)), "KUBP Mawar Indah");

        assertThat(again.getNumber()).isEqualTo(first.getNumber());
        assertThat(again.getVerificationCode()).isEqualTo(first.getVerificationCode());
        assertThat(later.getSequence()).isEqualTo(first.getSequence() + 1);
        assertThat(first.getNumber()).startsWith("500/").contains("/REK-KUBP/");
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() throws Exception {
        LetterType type = LetterType.KUBP_PAYOFF_CERTIFICATE;
        int before = lastSequence(type);

        tx.begin();
        register.issue(LetterSubject.of(type, "it-rolled-back-" + System.nanoTime()), "KUBP Melati");
        tx.rollback();
        Letter next = register.issue(LetterSubject.of(type, "it-kept-" + System.nanoTime()), "KUBP Melati");

        assertThat(next.getSequence()).isEqualTo(before + 1);
    }

    @Test
    void thePublicPageShowsNumberDateTypeAndMaskedNameWithoutLogin() throws Exception {
        Letter letter = register.issue(LetterSubject.of(LetterType.WRSE_HANDOVER_MINUTES, "it-verify-" + System.nanoTime()),
                "Siti Rahmawati");

        HttpResponse<String> page = get("/berdaya/verify/" + letter.getVerificationCode());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Surat terdaftar", letter.getNumber(), "Si** Ra*******",
                "Berita acara serah terima bantuan WRSE").doesNotContain("Siti Rahmawati");

        HttpResponse<String> forged = get("/berdaya/verify/0123456789ABCDEFGHJK");
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).contains("Surat tidak ditemukan", "palsu");
        assertThat(get("/berdaya/verify/%3Cscript%3E").body()).doesNotContain("<script>");
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = new URI(testApp.getProtocol(), null, testApp.getHost(), testApp.getPort(), null, null, null)
                .resolve(path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int lastSequence(LetterType type) throws Exception {
        tx.begin();
        try {
            return letters.lastSequence(type, LocalDate.now(LetterRegister.WITA).getYear());
        } finally {
            tx.commit();
        }
    }

    /** Runs the calls together: all threads wait at a gate, then call at the same moment. */
    private List<Letter> atOnce(int count, IssueCall call) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Letter>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            Callable<Letter> task = () -> {
                gate.await();
                return call.issue(index);
            };
            futures.add(executor.submit(task));
        }
        gate.countDown();
        List<Letter> letters = new ArrayList<>();
        for (Future<Letter> future : futures) {
            letters.add(future.get());
        }
        return letters;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> values = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            values.add(i);
        }
        return values;
    }

    @FunctionalInterface
    private interface IssueCall {
        Letter issue(int index) throws Exception;
    }
}
