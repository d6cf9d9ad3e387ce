package id.berdaya.application.wrse;

/** A stored scan to hand back: its name, its content type as detected on upload, and its bytes. */
public record ScanContent(String fileName, String contentType, byte[] content) {
}
