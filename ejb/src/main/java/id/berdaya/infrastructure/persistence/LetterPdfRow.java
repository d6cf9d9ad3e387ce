package id.berdaya.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code letter_pdf}: a letter's PDF as first issued. Written once, never updated. */
@Entity
@Table(name = "letter_pdf")
class LetterPdfRow {

    @Id
    @Column(name = "letter_id")
    private Long letterId;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "stored_at", nullable = false, updatable = false)
    private Instant storedAt;

    protected LetterPdfRow() {
        // for JPA
    }

    LetterPdfRow(long letterId, byte[] content, String sha256) {
        this.letterId = letterId;
        this.content = content;
        this.sha256 = sha256;
        this.storedAt = Instant.now();
    }

    byte[] content() {
        return content;
    }

    String sha256() {
        return sha256;
    }
}
