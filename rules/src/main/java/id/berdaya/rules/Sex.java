package id.berdaya.rules;

/** Sex as recorded on the identity card (KTP) and encoded in the NIK. */
public enum Sex {
    F,
    M
}
