package id.berdaya.rules.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The code lists values are checked against, by name: {@value #REGISTRY}, {@value #AID},
 * {@value #REGENCY}, {@value #BUSINESS_FIELD}, {@value #CIRCUMSTANCE}, {@value #MARITAL_STATUS},
 * {@value #SEX}, {@value #OUTCOME}, {@value #DISTRICT}. The defaults mirror the reference data; the
 * application passes the lists it holds (policy staff may extend the circumstance list).
 */
public final class CodeLists {

    public static final String REGISTRY = "REGISTRY";
    public static final String AID = "AID";
    public static final String REGENCY = "REGENCY";
    public static final String DISTRICT = "DISTRICT";
    public static final String BUSINESS_FIELD = "BUSINESS_FIELD";
    public static final String CIRCUMSTANCE = "CIRCUMSTANCE";
    public static final String MARITAL_STATUS = "MARITAL_STATUS";
    public static final String SEX = "SEX";
    /** The outcomes a criterion can give when its condition is not met: FAIL or REVIEW. */
    public static final String OUTCOME = "OUTCOME";

    private final Map<String, Set<String>> lists;

    public CodeLists(Map<String, ? extends java.util.Collection<String>> lists) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        lists.forEach((name, codes) -> copy.put(name, Set.copyOf(codes)));
        this.lists = Map.copyOf(copy);
    }

    /** The shipped reference data (the migrations load the same codes). */
    public static CodeLists defaults() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put(REGISTRY, List.of("DTKS", "P3KE", "DTSEN", "REGSOSEK"));
        lists.put(AID, List.of("PKH", "KUBE", "BPNT", "PIP", "PBI_JK", "BLT_DD", "OTHER"));
        lists.put(REGENCY, List.of("6401", "6402", "6403", "6407", "6408", "6409", "6411", "6471", "6472", "6474"));
        java.util.List<String> districts = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            districts.add(String.format("6402%02d", i));
        }
        lists.put(DISTRICT, districts);
        lists.put(BUSINESS_FIELD, List.of("CULINARY", "SEWING", "HANDICRAFT", "TRADE", "AGRICULTURE", "LIVESTOCK",
                "FISHERY", "SERVICES", "OTHER"));
        lists.put(CIRCUMSTANCE, List.of("HEAD_OF_HOUSEHOLD", "DISABILITY", "VIOLENCE_SURVIVOR", "ELDERLY_DEPENDANTS"));
        lists.put(MARITAL_STATUS, List.of("UNMARRIED", "MARRIED", "DIVORCED", "WIDOWED", "ABANDONED"));
        lists.put(SEX, List.of("F", "M"));
        lists.put(OUTCOME, List.of("FAIL", "REVIEW"));
        return new CodeLists(lists);
    }

    /** These lists with one list replaced (e.g. the circumstances policy staff have extended). */
    public CodeLists with(String name, java.util.Collection<String> codes) {
        Map<String, Set<String>> copy = new LinkedHashMap<>(lists);
        copy.put(name, Set.copyOf(codes));
        return new CodeLists(copy);
    }

    public boolean contains(String list, String code) {
        return lists.getOrDefault(list, Set.of()).contains(code);
    }

    public Set<String> codes(String list) {
        return lists.getOrDefault(list, Set.of());
    }
}
