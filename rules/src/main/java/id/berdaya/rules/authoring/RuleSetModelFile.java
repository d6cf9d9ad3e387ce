package id.berdaya.rules.authoring;

import id.berdaya.rules.table.CsvRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link RuleSetModel} stored as {@value #FILE_NAME} beside the rule files it generates (data, never
 * compiled): one row per parameter, criterion, score row and reason. Test cases are stored as the
 * version's test cases ({@link TestCaseRows}).
 * <pre>
 * PROGRAMME,WRSE
 * PARAMETER,GROUP_SIZE_MIN,5
 * CRITERION,AGE,AGE_BETWEEN,min=18;max=59;youngerWithFamily=REVIEW
 * SCORE,NO_BUSINESS,NO_BUSINESS,30,
 * REASON,AGE.PASS,"Usia {age} tahun …","Age {age} …"
 * </pre>
 */
public final class RuleSetModelFile {

    public static final String FILE_NAME = "model.csv";

    private RuleSetModelFile() {
    }

    public static String write(RuleSetModel model) {
        StringBuilder csv = new StringBuilder("PROGRAMME,").append(cell(model.getProgramme())).append('\n');
        model.getParameters().forEach(p -> csv.append("PARAMETER,").append(cell(p.getCode())).append(',').append(cell(p.getValue())).append('\n'));
        model.getCriteria().forEach(c -> csv.append("CRITERION,").append(cell(c.getCode())).append(',')
                .append(c.getTemplate() == null ? "" : c.getTemplate().name()).append(',')
                .append(cell(arguments(c.getArguments(), c.getTemplate() == null ? Map.of() : c.getTemplate().getArguments()))).append('\n'));
        model.getScores().forEach(s -> csv.append("SCORE,").append(cell(s.getCode())).append(',')
                .append(s.getTemplate() == null ? "" : s.getTemplate().name()).append(',').append(s.getPoints()).append(',')
                .append(cell(arguments(s.getArguments(), s.getTemplate() == null ? Map.of() : s.getTemplate().getArguments()))).append('\n'));
        model.getReasons().forEach(r -> csv.append("REASON,").append(cell(r.getKey())).append(',').append(cell(r.getTextId()))
                .append(',').append(cell(r.getTextEn())).append('\n'));
        return csv.toString();
    }

    /** @throws IllegalArgumentException naming the line of a malformed row */
    public static RuleSetModel read(String text) {
        RuleSetModel model = new RuleSetModel();
        for (CsvRows.Row row : CsvRows.parse(text)) {
            if (row.isBlank()) {
                continue;
            }
            try {
                switch (row.cell(0)) {
                    case "PROGRAMME" -> model.setProgramme(row.cell(1));
                    case "PARAMETER" -> model.getParameters().add(new ParameterValue(row.cell(1), row.cell(2)));
                    case "CRITERION" -> model.getCriteria().add(new CriterionRow(row.cell(1),
                            row.cell(2).isEmpty() ? null : ConditionTemplate.valueOf(row.cell(2)), arguments(row.cell(3))));
                    case "SCORE" -> model.getScores().add(new ScoreRow(row.cell(1),
                            row.cell(2).isEmpty() ? null : ScoreTemplate.valueOf(row.cell(2)), arguments(row.cell(4)), Integer.parseInt(row.cell(3))));
                    case "REASON" -> model.getReasons().add(new ReasonText(row.cell(1), row.cell(2), row.cell(3)));
                    default -> throw new IllegalArgumentException("unknown row " + row.cell(0));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(FILE_NAME + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        if (Programme.WRSE.name().equals(model.getProgramme())) {
            // Stored before the appeal periods were WRSE parameters: the appeals then used the shipped periods.
            for (ParameterValue period : DefaultModels.appealPeriods()) {
                if (model.parameter(period.getCode()) == null) {
                    model.getParameters().add(new ParameterValue(period.getCode(), period.getValue()));
                }
            }
        }
        return model;
    }

    /** The arguments in the template's order, then any others in theirs: the same row always writes the same text. */
    private static String arguments(Map<String, String> arguments, Map<String, ?> templateOrder) {
        List<String> pairs = new ArrayList<>();
        templateOrder.keySet().stream().filter(arguments::containsKey)
                .forEach(name -> pairs.add(name + "=" + (arguments.get(name) == null ? "" : arguments.get(name))));
        arguments.forEach((name, value) -> {
            if (!templateOrder.containsKey(name)) {
                pairs.add(name + "=" + (value == null ? "" : value));
            }
        });
        return String.join(";", pairs);
    }

    private static Map<String, String> arguments(String text) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            if (!pair.isBlank()) {
                int eq = pair.indexOf('=');
                arguments.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return arguments;
    }

    private static String cell(String text) {
        return "\"" + (text == null ? "" : text).replace("\"", "\"\"") + "\"";
    }
}
