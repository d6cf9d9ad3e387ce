package id.berdaya.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.kubp.RepaymentStatement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    @Test
    void compilesEveryTemplateOnceAndKeepsIt() {
        PdfRenderer renderer = new PdfRenderer();
        renderer.warmUp();

        for (String template : PdfRenderer.DOCUMENT_TEMPLATES) {
            assertThat(renderer.compiled(template)).isSameAs(renderer.compiled(template));
        }
        renderer.render(SampleDocuments.repaymentStatement());
        assertThat(renderer.compiled("kubp/repayment-statement")).isSameAs(renderer.compiled("kubp/repayment-statement"));
    }

    @Test
    void mergedPdfKeepsEachDocumentsOwnPageNumbers() {
        RepaymentStatement statement = SampleDocuments.repaymentStatement();

        PdfText pdf = PdfText.of(PdfText.keep("merged-statements",
                new PdfRenderer().renderMerged(List.of(statement, statement))));

        assertThat(pdf.pages()).hasSize(4);
        assertThat(pdf.pages().get(0)).contains("Halaman 1 dari 2");
        assertThat(pdf.pages().get(1)).contains("Halaman 2 dari 2");
        assertThat(pdf.pages().get(2)).contains("Halaman 1 dari 2", "KUBP Mawar Indah");
        assertThat(pdf.pages().get(3)).contains("Halaman 2 dari 2");
    }

    @Test
    void aBatchAddedOneByOneGivesTheSameMergedPdf() {
        PdfRenderer renderer = new PdfRenderer();
        PdfRenderer.MergedPdf batch = renderer.merged()
                .add(SampleDocuments.repaymentStatement())
                .add(SampleDocuments.eligibleDecision());

        PdfText pdf = PdfText.of(batch.toPdf());

        assertThat(batch.size()).isEqualTo(2);
        assertThat(pdf.pages()).hasSize(3);
        assertThat(pdf.pages().get(2)).contains("400.9/0007/DINSOS/2026", "Halaman 1 dari 1");
    }

    @Test
    void manyThreadsShareOneRendererAndEachGetsItsOwnDocument() throws Exception {
        PdfRenderer renderer = new PdfRenderer();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> texts = IntStream.range(0, 24)
                    .mapToObj(i -> pool.submit(() -> PdfText.of(renderer.render(i % 2 == 0
                            ? SampleDocuments.eligibleDecision() : SampleDocuments.ineligibleDecision())).text()))
                    .toList();
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i).get();
                assertThat(text).contains(i % 2 == 0 ? "400.9/0007/DINSOS/2026" : "400.9/0008/DINSOS/2026");
                assertThat(text).doesNotContain(i % 2 == 0 ? "400.9/0008" : "400.9/0007");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyPageUsesOnlyEmbeddedFonts() {
        PdfRenderer renderer = new PdfRenderer();
        for (Document document : List.of(SampleDocuments.handoverMinutes(), SampleDocuments.portfolio(),
                SampleDocuments.repaymentStatement(), SampleDocuments.beneficiaries())) {
            PdfText pdf = PdfText.of(renderer.render(document));
            assertThat(pdf.fonts()).allMatch(name -> name.contains("DejaVu"));
            assertThat(pdf.fontsEmbedded()).containsOnly(true);
        }
    }
}
