package id.berdaya.reports.letter;

import java.util.List;

/** The tembusan (copies) of a letter, as printed at its foot: "Tembusan:" and a numbered list. */
public final class Copies {

    private Copies() {
    }

    /** "Tembusan:\n1. Yth. Gubernur Kalimantan Timur (sebagai laporan);\n2. Yth. ... ." */
    public static String text(List<String> copies) {
        StringBuilder text = new StringBuilder("Tembusan:");
        for (int i = 0; i < copies.size(); i++) {
            text.append('\n').append(i + 1).append(". Yth. ").append(copies.get(i))
                    .append(i == copies.size() - 1 ? "." : ";");
        }
        return text.toString();
    }
}
