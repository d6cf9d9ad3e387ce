package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.kubp.BorrowingGroup;
import id.berdaya.reports.kubp.PayoffCertificate;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Renders inside WildFly: the templates compile there (JDT, not the JDK compiler, which sees only
 * jboss-modules.jar), the DejaVu fonts load from the EAR's lib, and subreports fill.
 */
@ExtendWith(ArquillianExtension.class)
class ReportRenderingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ReportRenderingIT.class);
    }

    @Test
    void aLetterRendersToPdfInsideTheServer() {
        PdfRenderer renderer = new PdfRenderer();
        PayoffCertificate certificate = new PayoffCertificate(
                new Letterhead("Pemerintah Kabupaten Kutai Kartanegara", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
                        "Tenggarong", "Tenggarong"),
                new LetterIssue("500/0001/SKL-KUBP/2026", LocalDate.of(2026, 11, 22), "http://localhost/berdaya/verify/X"),
                new Signatory("Kepala Dinas", "Dra. Sri Handayani, M.M.", "197912052005012011"),
                new BorrowingGroup("KUBP Mawar Indah", "Tenggarong", "Kabupaten Kutai Kartanegara", "Siti Aminah", "Tenggarong", true),
                "KUBP-2025-0042", 50_000_000, LocalDate.of(2025, 1, 6), LocalDate.of(2026, 11, 20), 24);

        long start = System.nanoTime();
        byte[] first = renderer.render(certificate);
        long compiledAndRendered = System.nanoTime() - start;
        start = System.nanoTime();
        byte[] second = renderer.render(certificate);
        long renderedOnly = System.nanoTime() - start;

        assertThat(new String(first, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(first.length).as("a page with embedded font subsets and the QR image").isGreaterThan(10_000);
        assertThat(second.length).isGreaterThan(10_000);
        assertThat(renderedOnly).as("the second rendering reuses the compiled templates").isLessThan(compiledAndRendered);
    }
}
