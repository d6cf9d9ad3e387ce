package id.berdaya.domain.letter;

import java.security.SecureRandom;

/**
 * The code in a letter's verification URL: 20 characters of Crockford's base32 (no I, L, O, U), that
 * is 100 random bits, so nobody can guess the code of a letter they have not seen.
 */
public final class VerificationCode {

    public static final int LENGTH = 20;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    public static String random() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Whether a string could be a code at all, checked before it reaches the database. */
    public static boolean isWellFormed(String code) {
        return code != null && code.matches("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    }
}
