package id.berdaya.rules.authoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One priority-score row: its code (NO_BUSINESS, P3KE_DECILE_1, VIOLENCE_SURVIVOR, ...), the score
 * template, its arguments and the points it adds (the points of all rows that can hold at once must not
 * make the score exceed 100). The code names the score component, except that a registry's decile rows
 * all give the one component {@code <registry>_DECILE} (P3KE_DECILE), since only one of them can hold.
 */
public class ScoreRow {

    private String code;
    private ScoreTemplate template;
    private Map<String, String> arguments = new LinkedHashMap<>();
    private int points;

    public ScoreRow() {
    }

    public ScoreRow(String code, ScoreTemplate template, Map<String, String> arguments, int points) {
        this.code = code;
        this.template = template;
        this.arguments = new LinkedHashMap<>(arguments);
        this.points = points;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ScoreTemplate getTemplate() {
        return template;
    }

    public void setTemplate(ScoreTemplate template) {
        this.template = template;
    }

    public Map<String, String> getArguments() {
        return arguments;
    }

    public void setArguments(Map<String, String> arguments) {
        this.arguments = arguments == null ? new LinkedHashMap<>() : new LinkedHashMap<>(arguments);
    }

    public String argument(String name) {
        return arguments.get(name);
    }

    public int getPoints() {
        return points;
    }

    public void setPoints(int points) {
        this.points = points;
    }
}
