package id.berdaya.domain.letter;

/**
 * A name as the public verification page shows it: enough for the holder of a letter to recognise
 * it ("Si** Ra*******"), not enough to learn who received aid.
 */
public final class MaskedName {

    private MaskedName() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "-";
        }
        StringBuilder masked = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            int shown = word.length() <= 3 ? 1 : 2;
            masked.append(word, 0, shown).append("*".repeat(word.length() - shown));
        }
        return masked.toString();
    }
}
