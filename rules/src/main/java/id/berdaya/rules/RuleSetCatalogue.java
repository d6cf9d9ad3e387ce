package id.berdaya.rules;

import id.berdaya.rules.table.CsvRows;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;

/**
 * The data of a rule set that is not rules: the criteria's display order and the bilingual reason
 * texts (with named placeholders such as {@code {age}}) that keyed results are worded with when they
 * are read. Read from the rule set's {@value #FILE_NAME}:
 * <pre>
 * ORDER,SEX
 * ORDER,AGE
 * REASON,AGE.OLDER,"Usia {age} tahun pada tanggal permohonan; batas usia {min}–{max} tahun","Age {age} …"
 * </pre>
 * The compiler attaches the catalogue to the KieBase it builds ({@link #of(KieBase)}), so every
 * evaluator of that KieBase words its results the same way. Texts never enter rule code.
 */
public final class RuleSetCatalogue {

    public static final String FILE_NAME = "catalogue.csv";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Map<KieBase, RuleSetCatalogue> ATTACHED = Collections.synchronizedMap(new WeakHashMap<>());
    private static final RuleSetCatalogue EMPTY = new RuleSetCatalogue(List.of(), Map.of());

    private final List<String> order;
    private final Map<String, String[]> reasons;

    private RuleSetCatalogue(List<String> order, Map<String, String[]> reasons) {
        this.order = List.copyOf(order);
        this.reasons = Map.copyOf(reasons);
    }

    public static RuleSetCatalogue empty() {
        return EMPTY;
    }

    /** @throws IllegalArgumentException naming the line of a malformed row */
    public static RuleSetCatalogue parse(String csv) {
        List<String> order = new ArrayList<>();
        Map<String, String[]> reasons = new LinkedHashMap<>();
        for (CsvRows.Row row : CsvRows.parse(csv)) {
            if (row.isBlank() || row.cell(0).strip().startsWith("#")) {
                continue;
            }
            switch (row.cell(0).strip()) {
                case "ORDER" -> order.add(row.cell(1).strip());
                case "REASON" -> reasons.put(row.cell(1).strip(), new String[] {row.cell(2), row.cell(3)});
                default -> throw new IllegalArgumentException(FILE_NAME + " line " + row.line()
                        + ": a row starts with ORDER or REASON, not '" + row.cell(0) + "'");
            }
        }
        return new RuleSetCatalogue(order, reasons);
    }

    /** The catalogue among the sources, or the empty one. */
    public static RuleSetCatalogue of(List<RuleSource> sources) {
        return sources.stream().filter(RuleSource::isCatalogue).findFirst().map(s -> parse(s.getText())).orElse(EMPTY);
    }

    static void attach(KieBase kieBase, RuleSetCatalogue catalogue) {
        ATTACHED.put(kieBase, catalogue);
    }

    /** The catalogue the compiler attached to this KieBase (empty for one built without). */
    public static RuleSetCatalogue of(KieBase kieBase) {
        return ATTACHED.getOrDefault(kieBase, EMPTY);
    }

    /** The criteria codes in display order. */
    public List<String> getOrder() {
        return order;
    }

    /** Display order: the catalogue's, else the fallback's, then any other code alphabetically. */
    public Comparator<String> order(Comparator<String> fallback) {
        return order.isEmpty() ? fallback : CodeOrder.of(order.toArray(String[]::new));
    }

    public CriterionResult word(CriterionResult result) {
        String[] texts = result.getReasonKey() == null ? null : reasons.get(result.getReasonKey());
        return texts == null ? result : result.worded(fill(texts[0], result.getReasonValues(), true), fill(texts[1], result.getReasonValues(), false));
    }

    public ScoreComponent word(ScoreComponent component) {
        String[] texts = component.getReasonKey() == null ? null : reasons.get(component.getReasonKey());
        return texts == null ? component : component.worded(fill(texts[0], component.getReasonValues(), true), fill(texts[1], component.getReasonValues(), false));
    }

    static String fill(String text, Map<String, Object> values, boolean indonesian) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            String word = value == null ? matcher.group() : value instanceof BilingualValue b ? (indonesian ? b.getId() : b.getEn())
                    : value instanceof MaritalStatus s ? (indonesian ? s.getLabelId() : s.getLabelEn()) : String.valueOf(value);
            matcher.appendReplacement(out, Matcher.quoteReplacement(word));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static Map<String, Object> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Reason values come in pairs: name, value");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(values);
    }
}
