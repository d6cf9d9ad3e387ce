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
 * PARAMETER,APPEAL_PERIOD_DAYS,30
 * </pre>
 * The compiler attaches the catalogue to the KieBase it builds ({@link #of(KieBase)}), so every
 * evaluator of that KieBase words its results the same way. Texts never enter rule code.
 */
public final class RuleSetCatalogue {

    public static final String FILE_NAME = "catalogue.csv";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Map<KieBase, RuleSetCatalogue> ATTACHED = Collections.synchronizedMap(new WeakHashMap<>());
    private static final RuleSetCatalogue EMPTY = new RuleSetCatalogue(List.of(), Map.of(), Map.of());

    private final List<String> order;
    private final Map<String, ReasonTemplate[]> templates;
    private final Map<String, String> parameters;

    private RuleSetCatalogue(List<String> order, Map<String, ReasonTemplate[]> templates, Map<String, String> parameters) {
        this.order = List.copyOf(order);
        this.templates = Map.copyOf(templates);
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public static RuleSetCatalogue empty() {
        return EMPTY;
    }

    /** @throws IllegalArgumentException naming the line of a malformed row */
    public static RuleSetCatalogue parse(String csv) {
        List<String> order = new ArrayList<>();
        Map<String, ReasonTemplate[]> reasons = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (CsvRows.Row row : CsvRows.parse(csv)) {
            if (row.isBlank() || row.cell(0).strip().startsWith("#")) {
                continue;
            }
            switch (row.cell(0).strip()) {
                case "ORDER" -> order.add(row.cell(1).strip());
                case "REASON" -> reasons.put(row.cell(1).strip(),
                        new ReasonTemplate[] {ReasonTemplate.parse(row.cell(2)), ReasonTemplate.parse(row.cell(3))});
                case "PARAMETER" -> parameters.put(row.cell(1).strip(), row.cell(2).strip());
                default -> throw new IllegalArgumentException(FILE_NAME + " line " + row.line()
                        + ": a row starts with ORDER, REASON or PARAMETER, not '" + row.cell(0) + "'");
            }
        }
        return new RuleSetCatalogue(order, reasons, parameters);
    }

    /** This catalogue with more parameters (a parameter table's values, read as data); its own rows win. */
    RuleSetCatalogue withParameters(Map<String, String> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, String> all = new LinkedHashMap<>(more);
        all.putAll(parameters);
        return new RuleSetCatalogue(order, templates, all);
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

    /**
     * The programme parameters, by code in table order: the catalogue's own PARAMETER rows (e.g. WRSE's
     * appeal periods) and, once compiled, the values of the rule set's parameter table.
     */
    public Map<String, String> getParameters() {
        return parameters;
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
        ReasonTemplate[] texts = result.getReasonKey() == null ? null : templates.get(result.getReasonKey());
        return texts == null ? result : result.worded(texts[0].fill(result.getReasonValues(), true), texts[1].fill(result.getReasonValues(), false));
    }

    public ScoreComponent word(ScoreComponent component) {
        ReasonTemplate[] texts = component.getReasonKey() == null ? null : templates.get(component.getReasonKey());
        return texts == null ? component : component.worded(texts[0].fill(component.getReasonValues(), true), texts[1].fill(component.getReasonValues(), false));
    }

    static String fill(String text, Map<String, Object> values, boolean indonesian) {
        return ReasonTemplate.parse(text).fill(values, indonesian);
    }

    /**
     * A reason text split once, when the catalogue is read, into literal parts and placeholder names, so
     * that wording a result is a few appends (it happens a dozen times in every screening).
     */
    private static final class ReasonTemplate {

        private final String[] literals;
        private final String[] names;
        private final String whole;

        private ReasonTemplate(String[] literals, String[] names, String whole) {
            this.literals = literals;
            this.names = names;
            this.whole = whole;
        }

        static ReasonTemplate parse(String text) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Matcher matcher = PLACEHOLDER.matcher(text);
            int from = 0;
            while (matcher.find()) {
                literals.add(text.substring(from, matcher.start()));
                names.add(matcher.group(1));
                from = matcher.end();
            }
            literals.add(text.substring(from));
            return new ReasonTemplate(literals.toArray(String[]::new), names.toArray(String[]::new), text);
        }

        String fill(Map<String, Object> values, boolean indonesian) {
            if (names.length == 0) {
                return whole;
            }
            StringBuilder out = new StringBuilder(whole.length() + 32);
            for (int i = 0; i < names.length; i++) {
                out.append(literals[i]);
                Object value = values.get(names[i]);
                out.append(value == null ? "{" + names[i] + "}" : value instanceof BilingualValue b ? (indonesian ? b.getId() : b.getEn())
                        : value instanceof MaritalStatus s ? (indonesian ? s.getLabelId() : s.getLabelEn()) : String.valueOf(value));
            }
            return out.append(literals[names.length]).toString();
        }
    }

    static Map<String, Object> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Reason values come in pairs: name, value");
        }
        return namesAndValues.length == 0 ? Map.of() : new PlaceholderValues(namesAndValues.clone());
    }

    /**
     * A result's few placeholder values (name, value, name, value…), read-only, looked up by a scan: every
     * rule that fires makes one, so it costs an array, not a hash map.
     */
    private static final class PlaceholderValues extends java.util.AbstractMap<String, Object> {

        private final Object[] namesAndValues;

        PlaceholderValues(Object[] namesAndValues) {
            this.namesAndValues = namesAndValues;
        }

        @Override
        public Object get(Object name) {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (String.valueOf(namesAndValues[i]).equals(name)) {
                    return namesAndValues[i + 1];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object name) {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (String.valueOf(namesAndValues[i]).equals(name)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public java.util.Set<Entry<String, Object>> entrySet() {
            java.util.Set<Entry<String, Object>> entries = new java.util.LinkedHashSet<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                entries.add(new SimpleImmutableEntry<>(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]));
            }
            return Collections.unmodifiableSet(entries);
        }
    }
}
