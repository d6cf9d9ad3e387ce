package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.KeepsHistory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the document checklist: whether the paper was received and, optionally, its scan.
 * A missing document does not block submission; the decision page lists what is still missing.
 */
@KeepsHistory
@Entity
@Table(name = "wrse_document")
public class ApplicationDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private WrseApplication application;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private DocumentKind kind;

    @Column(name = "received", nullable = false)
    private boolean received;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", length = 50)
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "scan_id")
    private Long scanId;

    @Column(name = "updated_by", length = 50)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ApplicationDocument() {
        // for JPA
    }

    ApplicationDocument(WrseApplication application, DocumentKind kind) {
        this.application = application;
        this.kind = kind;
    }

    void markReceived(boolean received, String by, Instant at) {
        this.received = received;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** A scan counts as receiving the paper. */
    void attachScan(String fileName, ScanFormat format, long size, Long scanId, String by, Instant at) {
        this.fileName = Inputs.text("fileName", fileName, 200);
        this.contentType = format.contentType();
        this.sizeBytes = size;
        this.scanId = scanId;
        markReceived(true, by, at);
    }

    public DocumentKind getKind() {
        return kind;
    }

    public boolean isReceived() {
        return received;
    }

    public boolean isHasScan() {
        return scanId != null;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public Long getScanId() {
        return scanId;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
