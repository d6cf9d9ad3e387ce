package id.berdaya.interfaces.rulesets.web;

import id.berdaya.rules.authoring.ScoreRow;
import id.berdaya.rules.authoring.ScoreTemplate;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One priority-score row of the form: code, template, its arguments and the points it adds. */
public class ScoreForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ScoreRow row;
    private final int index;
    private List<ArgumentField> arguments;

    ScoreForm(ScoreRow row, int index) {
        this.row = row;
        this.index = index;
        this.arguments = fields();
    }

    private List<ArgumentField> fields() {
        return row.getTemplate() == null ? List.of()
                : ArgumentField.of(getField(), row.getTemplate().getArguments(), row.getArguments());
    }

    public String getField() {
        return "scores[" + index + "]";
    }

    public int getIndex() {
        return index;
    }

    public ScoreRow getRow() {
        return row;
    }

    public String getCode() {
        return row.getCode();
    }

    public void setCode(String code) {
        row.setCode(code == null ? null : code.strip().toUpperCase(Locale.ROOT));
    }

    public ScoreTemplate getTemplate() {
        return row.getTemplate();
    }

    public void setTemplate(ScoreTemplate template) {
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

    public int getPoints() {
        return row.getPoints();
    }

    public void setPoints(int points) {
        row.setPoints(points);
    }
}
