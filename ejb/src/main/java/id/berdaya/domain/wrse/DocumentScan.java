package id.berdaya.domain.wrse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an uploaded scan, in a table of their own so that loading an application never
 * loads its scans; a document refers to its scan by id.
 */
@Entity
@Table(name = "wrse_document_scan")
public class DocumentScan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected DocumentScan() {
        // for JPA
    }

    public DocumentScan(byte[] content) {
        ScanFormat.detect(content);
        this.content = content.clone();
    }

    public Long getId() {
        return id;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
