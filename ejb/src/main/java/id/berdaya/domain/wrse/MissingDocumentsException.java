package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.StateConflictException;
import java.util.List;
import java.util.stream.Collectors;

/** A step refused because documents it needs have not been received; names each of them. */
public class MissingDocumentsException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    private final List<DocumentKind> missing;

    public MissingDocumentsException(Long applicationId, List<DocumentKind> missing) {
        super("Application " + applicationId + ": documents still missing: " + names(missing, false),
                "Permohonan " + applicationId + ": dokumen belum lengkap: " + names(missing, true));
        this.missing = List.copyOf(missing);
    }

    public List<DocumentKind> getMissing() {
        return missing;
    }

    private static String names(List<DocumentKind> kinds, boolean indonesian) {
        return kinds.stream().map(kind -> switch (kind) {
            case APPLICATION_LETTER -> indonesian ? "Surat permohonan" : "Application letter";
            case KK_COPY -> indonesian ? "Fotokopi Kartu Keluarga" : "Copy of the family card (KK)";
            case KTP_COPY -> indonesian ? "Fotokopi KTP" : "Copy of the identity card (KTP)";
        }).collect(Collectors.joining(", "));
    }
}
