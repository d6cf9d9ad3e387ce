package id.berdaya.interfaces.rulesets.web;

import id.berdaya.rules.authoring.ValueKind;
import id.berdaya.rules.authoring.ValueSpec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One typed value of the authoring form — a template argument or a programme parameter — bound to
 * the text it is kept as in the model, with the problem field name the validator gives it. Lists and
 * yes/no are shown as check boxes, but stored as the model's text.
 */
public class ArgumentField implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String field;
    private final ValueSpec spec;
    private final Map<String, String> values;

    ArgumentField(String name, String field, ValueSpec spec, Map<String, String> values) {
        this.name = name;
        this.field = field;
        this.spec = spec;
        this.values = values;
    }

    /** The fields of a template's arguments, e.g. {@code criteria[2].arguments.min}. */
    static List<ArgumentField> of(String prefix, Map<String, ValueSpec> specs, Map<String, String> values) {
        List<ArgumentField> fields = new ArrayList<>();
        specs.forEach((name, spec) -> fields.add(new ArgumentField(name, prefix + ".arguments." + name, spec, values)));
        return fields;
    }

    public String getName() {
        return name;
    }

    /** The field name problems use, and the key of this field's message. */
    public String getField() {
        return field;
    }

    /** NUMBER, MONEY, DATE, CODE, CODE_LIST or BOOLEAN: which input the page shows. */
    public String getKind() {
        return spec.getKind().name();
    }

    public ValueSpec getSpec() {
        return spec;
    }

    public String getValue() {
        return values.get(name);
    }

    public void setValue(String value) {
        values.put(name, value == null ? "" : value.strip());
    }

    public List<String> getItems() {
        String value = getValue();
        return value == null ? new ArrayList<>() : new ArrayList<>(ValueKind.items(value));
    }

    public void setItems(List<String> items) {
        setValue(items == null ? "" : String.join(",", items));
    }

    public boolean isYes() {
        return "true".equals(getValue());
    }

    public void setYes(boolean yes) {
        setValue(Boolean.toString(yes));
    }

    /** The bounds as a hint ("18–64"), or empty. */
    public String getBounds() {
        if (spec.getMin() == null && spec.getMax() == null) {
            return "";
        }
        return (spec.getMin() == null ? "" : spec.getMin()) + "–" + (spec.getMax() == null ? "" : spec.getMax());
    }
}
