package id.berdaya.rules.authoring;

import id.berdaya.rules.RuleSetCatalogue;
import id.berdaya.rules.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a valid {@link RuleSetModel} into rule files: for WRSE, {@code criteria.drl} (one Drools rule
 * per outcome of every criterion row, the condition in the patterns), {@code score.drl} (one rule per
 * score row, then the sum), {@code decision.drl}, and {@code catalogue.csv} (criteria order and reason
 * texts: data, never code). Every value written into DRL is typed first (a number is parsed and
 * printed back, a code must match {@code [A-Z0-9_]}); nothing an officer types is copied into rule
 * code, and the result passes the static safety check like any rule text.
 */
public final class RuleSetModelGenerator {

    public static final String WRSE_DIR = "id/berdaya/rules/wrse/";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,30}");

    private RuleSetModelGenerator() {
    }

    /** @throws IllegalArgumentException if the model has problems (validate it first) */
    public static List<RuleSource> generate(RuleSetModel model, CodeLists codes) {
        List<ValidationProblem> problems = RuleSetModelValidator.validate(model, codes);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The model has problems: " + problems);
        }
        if (Programme.of(model.getProgramme()) != Programme.WRSE) {
            throw new IllegalArgumentException("Only a WRSE model generates rules; KUBP terms are parameters of its shipped rules");
        }
        return List.of(
                new RuleSource(WRSE_DIR + RuleSetCatalogue.FILE_NAME, catalogue(model)),
                new RuleSource(WRSE_DIR + "criteria.drl", criteria(model)),
                new RuleSource(WRSE_DIR + "score.drl", score(model)),
                new RuleSource(WRSE_DIR + "decision.drl", DECISION));
    }

    // ---- literals: every value typed before it is written ------------------------------------------

    static String code(String value) {
        String code = value == null ? "" : value.strip();
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a code: " + value);
        }
        return code;
    }

    static String codeLiteral(String value) {
        return "\"" + code(value) + "\"";
    }

    static String number(String value) {
        return Long.toString(Long.parseLong(value.strip()));
    }

    static String codeList(String value) {
        return String.join(", ", ValueKind.items(value).stream().map(RuleSetModelGenerator::codeLiteral).toList());
    }

    static String outcome(String value) {
        return "Outcome." + switch (code(value)) {
            case "FAIL" -> "FAIL";
            case "REVIEW" -> "REVIEW";
            case "PASS" -> "PASS";
            default -> throw new IllegalArgumentException("Not an outcome: " + value);
        };
    }

    // ---- criteria -------------------------------------------------------------------------------

    private static final String HEADER = """
            package id.berdaya.rules.wrse;

            // Generated from the structured rule set: do not edit, change the rows instead.

            import id.berdaya.rules.CriterionResult;
            import id.berdaya.rules.MaritalStatus;
            import id.berdaya.rules.Outcome;
            import id.berdaya.rules.ScoreComponent;
            import id.berdaya.rules.Sex;
            import java.util.List;
            """;

    private static String criteria(RuleSetModel model) {
        StringBuilder drl = new StringBuilder(HEADER);
        for (CriterionRow row : model.getCriteria()) {
            String c = code(row.getCode());
            switch (row.getTemplate()) {
                case SEX_IS -> {
                    String sex = "Sex." + (code(row.argument("sex")).equals("M") ? "M" : "F");
                    rule(drl, c, "PASS", "WrseApplicant( $sex : sex, sex == " + sex + " )", "Outcome.PASS", "\"sex\", $sex");
                    rule(drl, c, "FAIL", "WrseApplicant( $sex : sex, sex != " + sex + " )", "Outcome.FAIL", "\"sex\", $sex");
                }
                case AGE_BETWEEN -> {
                    String min = number(row.argument("min"));
                    String max = number(row.argument("max"));
                    String values = "\"age\", $age, \"min\", " + min + ", \"max\", " + max;
                    rule(drl, c, "PASS", "WrseApplicant( $age : age, age >= " + min + ", age <= " + max + " )", "Outcome.PASS", values);
                    rule(drl, c, "YOUNGER_WITH_FAMILY", "WrseApplicant( $age : age, age < " + min
                            + ", $status : maritalStatus, maritalStatus != MaritalStatus.UNMARRIED )",
                            outcome(row.argument("youngerWithFamily")), values + ", \"status\", $status");
                    rule(drl, c, "YOUNGER", "WrseApplicant( $age : age, age < " + min + ", maritalStatus == MaritalStatus.UNMARRIED )",
                            "Outcome.FAIL", values);
                    rule(drl, c, "OLDER", "WrseApplicant( $age : age, age > " + max + " )", "Outcome.FAIL", values);
                }
                case DOMICILE_IN -> {
                    String list = codeList(row.argument("regencies"));
                    rule(drl, c, "PASS", "WrseApplicant( $code : regencyCode, regencyCode in (" + list + ") )", "Outcome.PASS",
                            "\"code\", $code, \"name\", Labels.regency($code)");
                    rule(drl, c, "FAIL", "WrseApplicant( $code : regencyCode, regencyCode != null, regencyCode not in (" + list + ") )",
                            "Outcome.FAIL", "\"code\", $code");
                    rule(drl, c, "MISSING", "WrseApplicant( regencyCode == null )", "Outcome.FAIL", null);
                }
                case LISTED_IN_REGISTRIES -> {
                    // A condition on the applicant (not a 'from'): evaluated once per rule, no extra network node.
                    String standing = "WrseApplicant( $standing : standingIn(List.of(" + codeList(row.argument("registries")) + "), "
                            + number(row.argument("maxDecile")) + "), %s )";
                    rule(drl, c, "PASS", standing.formatted("$standing.missingCount == 0"), "Outcome.PASS", "\"listed\", $standing.getListedText()");
                    rule(drl, c, "PARTLY", standing.formatted("$standing.missingCount > 0, $standing.listedCount > 0"), outcome(row.argument("partly")),
                            "\"listed\", $standing.getListedText(), \"missing\", $standing.getMissingText()");
                    rule(drl, c, "NONE", standing.formatted("$standing.listedCount == 0"), "Outcome.FAIL", "\"missing\", $standing.getNeitherText()");
                }
                case NOT_RECEIVING -> {
                    String programme = codeLiteral(row.argument("programme"));
                    rule(drl, c, "PASS", "WrseApplicant( currentAid not contains " + programme + " )", "Outcome.PASS", "\"programme\", " + programme);
                    rule(drl, c, "FAIL", "WrseApplicant( currentAid contains " + programme + " )", "Outcome.FAIL", "\"programme\", " + programme);
                }
                case NO_EARLIER_AID -> {
                    rule(drl, c, "PASS", "WrseApplicant( priorWrseAidYear == null )", "Outcome.PASS", null);
                    rule(drl, c, "SAME_YEAR", "WrseApplicant( $year : priorWrseAidYear, priorWrseAidYear != null, $applicationYear : applicationYear, "
                            + "priorWrseAidYear >= applicationYear )", "Outcome.PASS", "\"year\", $year, \"applicationYear\", $applicationYear");
                    rule(drl, c, "FAIL", "WrseApplicant( $year : priorWrseAidYear, priorWrseAidYear != null, priorWrseAidYear < applicationYear )",
                            "Outcome.FAIL", "\"year\", $year");
                }
                case BUSINESS_FIELD_DECLARED -> {
                    rule(drl, c, "PASS", "WrseApplicant( businessFieldDeclared == true, $field : businessField )", "Outcome.PASS",
                            "\"field\", Labels.businessField($field)");
                    rule(drl, c, "FAIL", "WrseApplicant( businessFieldDeclared == false )", "Outcome.FAIL", null);
                }
                case BUSINESS_NOTED -> {
                    rule(drl, c, "HAS_BUSINESS", "WrseApplicant( hasBusiness == true )", "Outcome.PASS", null);
                    rule(drl, c, "NO_BUSINESS", "WrseApplicant( hasBusiness == false )", "Outcome.PASS", null);
                }
                case CIRCUMSTANCE_PRESENT -> {
                    String circumstance = codeLiteral(row.argument("circumstance"));
                    rule(drl, c, "PASS", "WrseApplicant( circumstances contains " + circumstance + " )", "Outcome.PASS",
                            "\"circumstance\", " + circumstance);
                    rule(drl, c, "ABSENT", "WrseApplicant( circumstances not contains " + circumstance + " )",
                            outcome(row.argument("otherwise")), "\"circumstance\", " + circumstance);
                }
                default -> throw new IllegalArgumentException("Unknown template " + row.getTemplate());
            }
        }
        return drl.toString();
    }

    private static void rule(StringBuilder drl, String code, String variant, String when, String outcome, String values) {
        String key = code + "." + code(variant);
        drl.append("\nrule \"").append(key).append("\"\nwhen\n    ").append(when).append("\nthen\n    insert(CriterionResult.keyed(\"")
                .append(code).append("\", ").append(outcome).append(", \"").append(key).append('"')
                .append(values == null ? "" : ", " + values).append("));\nend\n");
    }

    // ---- score ------------------------------------------------------------------------------------

    private static String score(RuleSetModel model) {
        StringBuilder drl = new StringBuilder(HEADER);
        for (ScoreRow row : model.getScores()) {
            if (row.getPoints() == 0) {
                continue;
            }
            String c = code(row.getCode());
            String points = Integer.toString(row.getPoints());
            String when;
            String values = null;
            switch (row.getTemplate()) {
                case NO_BUSINESS -> when = "WrseApplicant( hasBusiness == false )";
                case MAIN_BREADWINNER -> when = "WrseApplicant( mainBreadwinner == true )";
                case SKILLS_TRAINING -> when = "WrseApplicant( priorSkillsTraining == true )";
                case MARITAL_STATUS_IN -> {
                    String statuses = String.join(", ", ValueKind.items(row.argument("statuses")).stream()
                            .map(s -> "MaritalStatus." + id.berdaya.rules.MaritalStatus.valueOf(code(s)).name()).toList());
                    when = "WrseApplicant( $status : maritalStatus, maritalStatus in (" + statuses + ") )";
                    values = "\"status\", $status";
                }
                case REGISTRY_DECILE -> {
                    String registry = codeLiteral(row.argument("registry"));
                    String decile = number(row.argument("decile"));
                    when = "WrseApplicant( decileIn(" + registry + ") == " + decile + " )";
                    values = "\"registry\", " + registry + ", \"decile\", " + decile;
                }
                case CIRCUMSTANCE -> {
                    String circumstance = codeLiteral(row.argument("circumstance"));
                    when = "WrseApplicant( circumstances contains " + circumstance + " )";
                    values = "\"circumstance\", " + circumstance;
                }
                default -> throw new IllegalArgumentException("Unknown score template " + row.getTemplate());
            }
            // A registry's decile earns one component whichever decile row matched (P3KE_DECILE), as it always has.
            String component = row.getTemplate() == ScoreTemplate.REGISTRY_DECILE ? code(row.argument("registry")) + "_DECILE" : c;
            drl.append("\nrule \"SCORE.").append(c).append("\"\nwhen\n    ").append(when).append("\nthen\n    insert(ScoreComponent.keyed(\"")
                    .append(component).append("\", ").append(points).append(", \"SCORE.").append(c).append('"')
                    .append(values == null ? "" : ", " + values).append("));\nend\n");
        }
        drl.append("""

                rule "SCORE: the priority score is the sum of its components, kept within 0-100"
                    salience -100
                when
                    WrseApplicant()
                    accumulate( ScoreComponent( $points : points ); $sum : sum( $points ) )
                then
                    insert(new PriorityScore(Math.max(0, Math.min(100, $sum.intValue()))));
                end
                """);
        return drl.toString();
    }

    // ---- catalogue (data) ---------------------------------------------------------------------------

    private static String catalogue(RuleSetModel model) {
        StringBuilder csv = new StringBuilder("# Generated from the structured rule set: criteria order, parameters, reason texts.\n");
        for (CriterionRow row : model.getCriteria()) {
            csv.append("ORDER,").append(code(row.getCode())).append('\n');
        }
        for (ParameterValue parameter : model.getParameters()) {
            csv.append("PARAMETER,").append(code(parameter.getCode())).append(',').append(cell(parameter.getValue().strip())).append('\n');
        }
        for (ReasonText reason : model.getReasons()) {
            csv.append("REASON,").append(cell(reason.getKey())).append(',').append(cell(reason.getTextId())).append(',')
                    .append(cell(reason.getTextEn())).append('\n');
        }
        return csv.toString();
    }

    private static String cell(String text) {
        return "\"" + (text == null ? "" : text).replace("\"", "\"\"") + "\"";
    }

    private static final String DECISION = """
            package id.berdaya.rules.wrse;

            import id.berdaya.rules.CriterionResult;
            import id.berdaya.rules.Outcome;

            // The decision: any FAIL makes her ineligible; otherwise any REVIEW needs an officer; otherwise
            // she is eligible. Salience -100 makes these fire after every criterion rule has run.

            rule "DECISION: a failed criterion makes the applicant ineligible"
                salience -100
            when
                WrseApplicant()
                exists CriterionResult( outcome == Outcome.FAIL )
            then
                insert(new WrseVerdict(WrseDecision.INELIGIBLE));
            end

            rule "DECISION: with no failure, a criterion under review needs an officer"
                salience -100
            when
                WrseApplicant()
                not CriterionResult( outcome == Outcome.FAIL )
                exists CriterionResult( outcome == Outcome.REVIEW )
            then
                insert(new WrseVerdict(WrseDecision.NEEDS_REVIEW));
            end

            rule "DECISION: every criterion passed, so the applicant is eligible"
                salience -100
            when
                WrseApplicant()
                exists CriterionResult()
                not CriterionResult( outcome != Outcome.PASS )
            then
                insert(new WrseVerdict(WrseDecision.ELIGIBLE));
            end
            """;
}
