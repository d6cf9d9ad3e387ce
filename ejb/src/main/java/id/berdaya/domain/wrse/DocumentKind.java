package id.berdaya.domain.wrse;

/** The documents the decree asks for with an application. */
public enum DocumentKind {
    /** Surat permohonan. */
    APPLICATION_LETTER,
    /** Fotokopi Kartu Keluarga. */
    KK_COPY,
    /** Fotokopi KTP. */
    KTP_COPY
}
