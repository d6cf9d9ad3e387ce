package id.berdaya.interfaces.rulesets.web;

import id.berdaya.rules.authoring.ConditionTemplate;
import id.berdaya.rules.authoring.CriterionRow;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One criterion row of the form: its code, its template (from the palette) and the template's arguments. */
public class CriterionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CriterionRow row;
    private final int index;
    private List<ArgumentField> arguments;

    CriterionForm(CriterionRow row, int index) {
        this.row = row;
        this.index = index;
        this.arguments = fields();
    }

    private List<ArgumentField> fields() {
        return row.getTemplate() == null ? List.of()
                : ArgumentField.of(getField(), row.getTemplate().getArguments(), row.getArguments());
    }

    public String getField() {
        return "criteria[" + index + "]";
    }

    public int getIndex() {
        return index;
    }

    public CriterionRow getRow() {
        return row;
    }

    public String getCode() {
        return row.getCode();
    }

    public void setCode(String code) {
        row.setCode(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public ConditionTemplate getTemplate() {
        return row.getTemplate();
    }

    /** A new template keeps the arguments it shares with the old one and starts the others empty. */
    public void setTemplate(ConditionTemplate template) {
        if (template == row.getTemplate()) {
            return;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        if (template != null) {
            template.getArguments().keySet().forEach(name -> kept.put(name, row.getArguments().getOrDefault(name, "")));
        }
        row.setTemplate(template);
        row.setArguments(kept);
        arguments = fields();
    }

    public List<ArgumentField> getArguments() {
        return arguments;
    }

    /** The reason variants this row needs texts for. */
    public List<String> getVariants() {
        return row.getTemplate() == null ? List.of() : List.copyOf(row.getTemplate().getVariants().keySet());
    }
}
