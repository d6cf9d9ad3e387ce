package id.berdaya.domain.wrse;

import static id.berdaya.domain.wrse.WrseFixtures.NOW;
import static id.berdaya.domain.wrse.WrseFixtures.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.rules.wrse.WrseDecision;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentChecklistTest {

    @Test
    void aNewApplicationMissesEveryDocumentAndCanStillBeSubmitted() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.ELIGIBLE, 75);

        assertThat(application.missingDocuments()).containsExactly(DocumentKind.APPLICATION_LETTER,
                DocumentKind.KK_COPY, DocumentKind.KTP_COPY);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aReceivedDocumentOrAnAttachedScanLeavesTheMissingList() {
        WrseApplication application = WrseFixtures.draft();
        application.markDocument(DocumentKind.APPLICATION_LETTER, true, OFFICER, NOW);
        application.attachScan(DocumentKind.KK_COPY, "kk.pdf", ScanFormat.PDF, 1234, 99L, OFFICER, NOW);

        assertThat(application.missingDocuments()).containsExactly(DocumentKind.KTP_COPY);
        assertThat(application.getDocuments()).filteredOn(d -> d.getKind() == DocumentKind.KK_COPY).singleElement()
                .satisfies(d -> {
                    assertThat(d.getContentType()).isEqualTo("application/pdf");
                    assertThat(d.getScanId()).isEqualTo(99L);
                });
    }

    @Test
    void recognisesScansByTheirFirstBytesNotTheirName() {
        assertThat(ScanFormat.detect("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ScanFormat.PDF);
        assertThat(ScanFormat.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isEqualTo(ScanFormat.JPEG);
        assertThat(ScanFormat.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .isEqualTo(ScanFormat.PNG);
        assertThatThrownBy(() -> ScanFormat.detect("MZ executable".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ScanFormat.detect(new byte[0])).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesScansOverFiveMegabytes() {
        byte[] big = new byte[ScanFormat.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);

        assertThatThrownBy(() -> ScanFormat.detect(big)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("5 MB");
    }
}
