package id.berdaya.rules.authoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One WRSE criterion as a row: its result code (SEX, AGE, PKH, BPNT, ...), the condition template it
 * uses and the template's arguments as entered (each checked against the template's {@link ValueSpec}).
 * The rows' order in {@link RuleSetModel#getCriteria()} is the order results are shown in.
 */
public class CriterionRow {

    private String code;
    private ConditionTemplate template;
    private Map<String, String> arguments = new LinkedHashMap<>();

    public CriterionRow() {
    }

    public CriterionRow(String code, ConditionTemplate template, Map<String, String> arguments) {
        this.code = code;
        this.template = template;
        this.arguments = new LinkedHashMap<>(arguments);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ConditionTemplate getTemplate() {
        return template;
    }

    public void setTemplate(ConditionTemplate template) {
        this.template = template;
    }

    /** Argument name → value as entered, e.g. {@code min=18}. */
    public Map<String, String> getArguments() {
        return arguments;
    }

    public void setArguments(Map<String, String> arguments) {
        this.arguments = arguments == null ? new LinkedHashMap<>() : new LinkedHashMap<>(arguments);
    }

    public String argument(String name) {
        return arguments.get(name);
    }
}
