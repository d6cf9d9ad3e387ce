package id.berdaya.interfaces.rest;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

/** Personal data kept out of the log: any run of 16 digits (a NIK or KK number) keeps only its ends. */
public final class LogMasking {

    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<![0-9])([0-9]{4})[0-9]{8}([0-9]{4})(?![0-9])");

    private LogMasking() {
    }

    public static String mask(String text) {
        return text == null ? null : SIXTEEN_DIGITS.matcher(text).replaceAll("$1********$2");
    }

    /** A throwable's stack trace as text, masked. */
    public static String trace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return mask(out.toString());
    }
}
