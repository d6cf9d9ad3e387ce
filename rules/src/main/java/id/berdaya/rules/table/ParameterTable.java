package id.berdaya.rules.table;

import id.berdaya.rules.ProgrammeParameters;
import id.berdaya.rules.RuleCompilationError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule set's programme parameter table ({@code parameters.csv}): a Drools decision table with one
 * row per parameter (code, value, description) that policy staff download, edit in a spreadsheet and
 * upload. Each row compiles into a rule that inserts a {@link id.berdaya.rules.ProgrammeParameter}.
 * <p>
 * Drools would accept many shapes of table and place its errors in the DRL it generates, which no
 * spreadsheet user can read; so the table is checked here first and every problem names the line
 * and column of the CSV, and the column by its heading.
 */
public final class ParameterTable {

    public static final String FILE_NAME = "parameters.csv";

    /** The action every row runs: the row's rule name is the parameter code. */
    public static final String ROW_ACTION =
            "insert(new ProgrammeParameter(drools.getRule().getName(), \"$param\"));";

    private static final List<String> KEYWORDS = List.of("NAME", "ACTION", "DESCRIPTION");
    private static final List<String> HEADINGS = List.of("Parameter", "Value", "Description");
    private static final List<String> HEADINGS_ID = List.of("Parameter", "Nilai", "Keterangan");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,49}$");
    // A value lands inside a Java string literal of the generated rule: no quotes or backslashes.
    private static final Pattern SAFE_VALUE = Pattern.compile("^[A-Za-z0-9_.,\\- ]{0,2000}$");

    /** A problem at a line and column of the CSV; {@code columnName} is the heading it concerns. */
    public record Problem(int line, int column, String columnName, String message) {

        public RuleCompilationError toCompilationError(String sourcePath) {
            return new RuleCompilationError(sourcePath, line, column, message);
        }
    }

    /** One parameter row. */
    public record Parameter(int line, String code, String value, String description) {
    }

    private final String rulePackage;
    private final List<Parameter> parameters;
    private final List<Problem> problems;

    private ParameterTable(String rulePackage, List<Parameter> parameters, List<Problem> problems) {
        this.rulePackage = rulePackage;
        this.parameters = List.copyOf(parameters);
        this.problems = List.copyOf(problems);
    }

    /** Whether a rule file is a parameter table (by name: {@code …/parameters.csv}). */
    public static boolean isParameterTable(String path) {
        return path.equals(FILE_NAME) || path.endsWith("/" + FILE_NAME);
    }

    /** Reads and checks a parameter table; {@link #getProblems()} is empty when it is well formed. */
    public static ParameterTable read(String csv) {
        return new Reader(CsvRows.parse(csv)).read();
    }

    public String getRulePackage() {
        return rulePackage;
    }

    public List<Parameter> getParameters() {
        return parameters;
    }

    /** The values by code, in table order. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.code(), p.value()));
        return values;
    }

    /**
     * The table's text with the given parameters' values replaced (rows of unknown codes added at the
     * end). Values are validated, typed values only: codes and numbers, never free text.
     */
    public static String withValues(String csv, Map<String, String> values) {
        java.util.Map<String, String> left = new java.util.LinkedHashMap<>(values);
        StringBuilder out = new StringBuilder();
        for (String line : csv.split("\\R", -1)) {
            int comma = line.indexOf(',');
            String code = comma < 0 ? null : line.substring(0, comma).strip();
            if (code != null && left.containsKey(code) && !code.isEmpty()) {
                String rest = line.substring(comma + 1);
                String description = rest.startsWith("\"") ? rest.substring(rest.indexOf('"', 1) + 1) : rest.substring(Math.max(rest.indexOf(','), 0));
                out.append(code).append(',').append(cell(left.remove(code))).append(description.startsWith(",") ? description : "," + description);
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        String text = out.toString().replaceAll("\n+$", "\n");
        StringBuilder added = new StringBuilder(text);
        left.forEach((code, value) -> added.append(code).append(',').append(cell(value)).append(",\n"));
        return added.toString();
    }

    private static String cell(String value) {
        String text = value == null ? "" : value.strip();
        return text.contains(",") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    private static final class Reader {

        private final List<CsvRows.Row> rows;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Parameter> parameters = new ArrayList<>();
        private final Set<String> rejected = new HashSet<>(); // codes whose row has a problem already
        private String rulePackage;
        private int lastLine = 1;

        Reader(List<CsvRows.Row> rows) {
            this.rows = rows;
            if (!rows.isEmpty()) {
                lastLine = rows.get(rows.size() - 1).line();
            }
        }

        ParameterTable read() {
            int table = -1;
            for (int i = 0; i < rows.size(); i++) {
                String first = rows.get(i).cell(0).strip();
                if (first.equals("RuleSet")) {
                    rulePackage = rows.get(i).cell(1).strip();
                } else if (first.startsWith("RuleTable")) {
                    table = i;
                    break;
                }
            }
            if (rows.stream().anyMatch(row -> row.cells().size() == 1 && row.cell(0).contains(";"))) {
                problem(rows.get(0).line(), 1, null, "The columns are separated by ';': save the table as CSV "
                        + "with commas (Kolom dipisah ';': simpan sebagai CSV dengan koma)");
                return result();
            }
            if (rows.subList(0, table < 0 ? rows.size() : table).stream().noneMatch(Reader::isAgendaGroupRow)) {
                problem(1, 1, null, "The row AGENDA-GROUP," + ProgrammeParameters.AGENDA_GROUP + " above the table is "
                        + "missing: it lets the rows be read once instead of at every evaluation");
            }
            if (rulePackage == null || rulePackage.isEmpty()) {
                problem(1, 1, null, "The table has no 'RuleSet' row naming its rule package, e.g. RuleSet,id.berdaya.rules.wrse");
            }
            if (table < 0) {
                problem(lastLine, 1, null, "The table has no 'RuleTable' row");
                return result();
            }
            if (table + 4 >= rows.size()) {
                problem(lastLine, 1, null, "The table ends before its column headings");
                return result();
            }
            if (!checkColumns(rows.get(table + 1), KEYWORDS, List.of(KEYWORDS))
                    || !checkAction(rows.get(table + 3))
                    || !checkColumns(rows.get(table + 4), HEADINGS, List.of(HEADINGS, HEADINGS_ID))) {
                return result();
            }
            readParameters(table + 5);
            checkAgainstSchema();
            return result();
        }

        private static boolean isAgendaGroupRow(CsvRows.Row row) {
            return row.cell(0).strip().equals("AGENDA-GROUP") && row.cell(1).strip().equals(ProgrammeParameters.AGENDA_GROUP);
        }

        private ParameterTable result() {
            return new ParameterTable(rulePackage, parameters, problems);
        }

        /** Names the first column that is unknown, missing or out of place. */
        private boolean checkColumns(CsvRows.Row row, List<String> expected, List<List<String>> accepted) {
            List<String> found = row.trimmed();
            for (int i = 0; i < Math.max(found.size(), expected.size()); i++) {
                int column = i + 1;
                String heading = i < found.size() ? found.get(i) : null;
                int index = i;
                boolean known = heading != null
                        && accepted.stream().anyMatch(names -> index < names.size() && names.get(index).equalsIgnoreCase(heading));
                if (known) {
                    continue;
                }
                String columns = String.join(", ", expected);
                if (heading == null) {
                    problem(row.line(), column, expected.get(i), "The column '" + expected.get(i) + "' (column "
                            + CsvRows.columnLetter(column) + ") is missing; the table's columns are " + columns);
                } else if (i >= expected.size()) {
                    problem(row.line(), column, heading, "Unknown column '" + heading + "' (column "
                            + CsvRows.columnLetter(column) + "); the table's columns are " + columns);
                } else {
                    problem(row.line(), column, heading, "Unknown column '" + heading + "' (column "
                            + CsvRows.columnLetter(column) + ") where '" + expected.get(i) + "' belongs; the table's columns are "
                            + columns);
                }
                return false;
            }
            return true;
        }

        private boolean checkAction(CsvRows.Row row) {
            if (!row.cell(1).strip().equals(ROW_ACTION)) {
                problem(row.line(), 2, "Value", "The code row of column B must stay " + ROW_ACTION
                        + " (it turns each row into a parameter)");
                return false;
            }
            return true;
        }

        private void readParameters(int first) {
            Set<String> seen = new HashSet<>();
            for (int i = first; i < rows.size(); i++) {
                CsvRows.Row row = rows.get(i);
                if (row.isBlank()) {
                    continue;
                }
                String code = row.cell(0).strip();
                String value = row.cell(1).strip();
                String description = row.cell(2).strip();
                for (int extra = 3; extra < row.cells().size(); extra++) {
                    if (!row.cell(extra).isBlank()) {
                        problem(row.line(), extra + 1, CsvRows.columnLetter(extra + 1), "Column "
                                + CsvRows.columnLetter(extra + 1) + " has a value but the table has only the columns "
                                + String.join(", ", HEADINGS));
                    }
                }
                if (!CODE.matcher(code).matches()) {
                    problem(row.line(), 1, "Parameter", "'" + code + "' is not a parameter code (capitals, digits and _, "
                            + "e.g. AGE_MIN)");
                    continue;
                }
                if (!seen.add(code)) {
                    problem(row.line(), 1, "Parameter", "Parameter " + code + " appears twice");
                    continue;
                }
                if (!SAFE_VALUE.matcher(value).matches()) {
                    rejected.add(code);
                    problem(row.line(), 2, "Value", "The value of " + code + " may hold letters, digits, spaces and "
                            + "_ . , - only");
                    continue;
                }
                if (description.contains("*/")) {
                    rejected.add(code);
                    problem(row.line(), 3, "Description", "The description of " + code + " may not contain */");
                    continue;
                }
                parameters.add(new Parameter(row.line(), code, value, description));
            }
        }

        private void checkAgainstSchema() {
            Optional<ParameterSchema> schema = rulePackage == null ? Optional.empty() : ParameterSchema.forPackage(rulePackage);
            if (schema.isEmpty()) {
                return;
            }
            Map<String, Parameter> byCode = new LinkedHashMap<>();
            parameters.forEach(p -> byCode.put(p.code(), p));
            schema.get().getRequired().forEach((code, type) -> {
                Parameter parameter = byCode.get(code);
                if (parameter == null && !rejected.contains(code) && schema.get().isRequired(code, byCode.keySet())) {
                    problem(lastLine, 1, "Parameter", "The " + schema.get().getProgramme() + " rules need a row for " + code + " (" + type.getDescription() + ")");
                } else if (parameter != null && !type.accepts(parameter.value())) {
                    problem(parameter.line(), 2, "Value", code + " must be " + type.getDescription() + ", not '"
                            + parameter.value() + "'");
                } else if (parameter != null && schema.get().getZeroOnly().contains(code)
                        && new java.math.BigDecimal(parameter.value()).signum() > 0) {
                    problem(parameter.line(), 2, "Value", "KUBP is interest-free and fee-free by definition: " + code
                            + " must be 0, not " + parameter.value() + " (KUBP adalah pinjaman tanpa bunga dan tanpa biaya: "
                            + code + " harus 0)");
                }
            });
            schema.get().getOptional().forEach((code, type) -> {
                Parameter parameter = byCode.get(code);
                if (parameter != null && !type.accepts(parameter.value())) {
                    problem(parameter.line(), 2, "Value", code + " must be " + type.getDescription() + ", not '"
                            + parameter.value() + "'");
                }
            });
            List<String> ladder = schema.get().getLadder();
            for (int i = 1; i < ladder.size(); i++) {
                Parameter lower = byCode.get(ladder.get(i - 1));
                Parameter upper = byCode.get(ladder.get(i));
                if (lower != null && upper != null && ParameterType.INTEGER.accepts(lower.value())
                        && ParameterType.INTEGER.accepts(upper.value())
                        && Long.parseLong(upper.value()) <= Long.parseLong(lower.value())) {
                    problem(upper.line(), 2, "Value", "The arrears ladder rises step by step: " + upper.code() + " ("
                            + upper.value() + ") must be above " + lower.code() + " (" + lower.value() + ")");
                }
            }
        }

        private void problem(int line, int column, String columnName, String message) {
            problems.add(new Problem(line, column, columnName, message));
        }
    }
}
