package id.berdaya.rules.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a {@link RuleSetModel} as policy staff entered it: every value against its spec, and the
 * rules that tie values together (a minimum not above its maximum, score points that cannot make the
 * score exceed 100, a reason text for every outcome with only the placeholders it offers). Each
 * problem names its field; a model with problems is never saved in force.
 */
public final class RuleSetModelValidator {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern REGISTRY_ENTRY = Pattern.compile("[A-Z0-9_]{1,30}(:(10|[1-9]))?");
    private static final Set<String> DECISIONS = Set.of("ELIGIBLE", "NEEDS_REVIEW", "INELIGIBLE");
    private static final Set<String> OUTCOMES = Set.of("PASS", "REVIEW", "FAIL");
    public static final int MOST_TEXT = 500;

    private RuleSetModelValidator() {
    }

    public static List<ValidationProblem> validate(RuleSetModel model, CodeLists codes) {
        List<ValidationProblem> problems = new ArrayList<>();
        Programme programme = Programme.of(model.getProgramme());
        if (programme == null) {
            problems.add(new ValidationProblem("programme", "Program harus WRSE atau KUBP", "The programme must be WRSE or KUBP"));
            return problems;
        }
        checkParameters(programme, model, codes, problems);
        if (programme == Programme.WRSE) {
            checkCriteria(model, codes, problems);
            checkScores(model, codes, problems);
            checkReasons(model, problems);
            checkTestCases(model, codes, problems);
        } else {
            checkKubpTestCases(model, codes, problems);
        }
        return problems;
    }

    private static void checkParameters(Programme programme, RuleSetModel model, CodeLists codes, List<ValidationProblem> problems) {
        Map<String, String> values = new HashMap<>();
        for (ParameterValue value : model.getParameters()) {
            String field = "parameters." + value.getCode();
            ParameterDefinition definition = programme.parameter(value.getCode());
            if (definition == null) {
                problems.add(new ValidationProblem(field, "Parameter " + value.getCode() + " tidak dikenal", "Unknown parameter " + value.getCode()));
            } else if (values.put(value.getCode(), value.getValue()) != null) {
                problems.add(new ValidationProblem(field, "Parameter ganda", "The parameter is given twice"));
            } else if (programme.isZeroOnly(value.getCode()) && isAboveZero(value.getValue())) {
                problems.add(new ValidationProblem(field, "KUBP adalah pinjaman tanpa bunga dan tanpa biaya: "
                        + value.getCode() + " harus 0, bukan " + value.getValue().strip(),
                        "KUBP loans are interest-free and fee-free by definition: " + value.getCode()
                                + " must be 0, not " + value.getValue().strip()));
            } else {
                problems.addAll(definition.getSpec().check(field, value.getValue(), codes));
            }
        }
        // A ladder (KUBP's arrears days) rises strictly from step to step.
        List<String> ladder = programme.getAscending();
        for (int i = 1; i < ladder.size(); i++) {
            String lower = values.get(ladder.get(i - 1));
            String upper = values.get(ladder.get(i));
            if (lower != null && upper != null && ValueKind.NUMBER.isWellFormed(lower) && ValueKind.NUMBER.isWellFormed(upper)
                    && Long.parseLong(upper.strip()) <= Long.parseLong(lower.strip())) {
                problems.add(new ValidationProblem("parameters." + ladder.get(i), "Anak tangga tunggakan " + (i + 1)
                        + " (" + upper.strip() + " hari) harus lebih besar dari anak tangga " + i + " (" + lower.strip() + " hari)",
                        "Arrears ladder step " + (i + 1) + " (" + upper.strip() + " days) must be above step " + i
                                + " (" + lower.strip() + " days)"));
            }
        }
        for (ParameterDefinition definition : programme.getParameters()) {
            if (!values.containsKey(definition.getCode())) {
                problems.add(new ValidationProblem("parameters." + definition.getCode(), "Nilai wajib diisi", "A value is required"));
            }
        }
        // X_MIN never above X_MAX.
        for (ParameterDefinition definition : programme.getParameters()) {
            String code = definition.getCode();
            if (code.endsWith("_MIN")) {
                String max = code.substring(0, code.length() - 4) + "_MAX";
                minNotAboveMax("parameters." + code, values.get(code), values.get(max), problems);
            }
        }
    }

    private static boolean isAboveZero(String value) {
        try {
            return value != null && new java.math.BigDecimal(value.strip()).signum() > 0;
        } catch (NumberFormatException e) {
            return false; // not a number: the value's own check says so
        }
    }

    private static void minNotAboveMax(String field, String min, String max, List<ValidationProblem> problems) {
        if (min != null && max != null && ValueKind.NUMBER.isWellFormed(min) && ValueKind.NUMBER.isWellFormed(max)
                && Long.parseLong(min.strip()) > Long.parseLong(max.strip())) {
            problems.add(new ValidationProblem(field, "Nilai minimum " + min.strip() + " lebih besar dari maksimum " + max.strip(),
                    "The minimum " + min.strip() + " is above the maximum " + max.strip()));
        }
    }

    private static void checkCriteria(RuleSetModel model, CodeLists codes, List<ValidationProblem> problems) {
        Set<String> seen = new HashSet<>();
        if (model.getCriteria().isEmpty()) {
            problems.add(new ValidationProblem("criteria", "Paling sedikit satu kriteria", "At least one criterion"));
        }
        for (int i = 0; i < model.getCriteria().size(); i++) {
            CriterionRow row = model.getCriteria().get(i);
            String field = "criteria[" + i + "]";
            if (row.getCode() == null || !CODE.matcher(row.getCode()).matches()) {
                problems.add(new ValidationProblem(field + ".code", "Kode kriteria: huruf besar, angka dan _ (mis. AGE)",
                        "A criterion code is capitals, digits and _ (e.g. AGE)"));
            } else if (!seen.add(row.getCode())) {
                problems.add(new ValidationProblem(field + ".code", "Dua kriteria berkode " + row.getCode(), "Two criteria have the code " + row.getCode()));
            }
            if (row.getTemplate() == null) {
                problems.add(new ValidationProblem(field + ".template", "Pilih jenis kondisi", "Choose a condition template"));
                continue;
            }
            checkArguments(field, row.getTemplate().getArguments(), row.getArguments(), codes, problems);
            if (row.getTemplate() == ConditionTemplate.AGE_BETWEEN) {
                minNotAboveMax(field + ".arguments.min", row.argument("min"), row.argument("max"), problems);
            }
        }
    }

    private static void checkArguments(String field, Map<String, ValueSpec> specs, Map<String, String> arguments,
            CodeLists codes, List<ValidationProblem> problems) {
        for (String name : arguments.keySet()) {
            if (!specs.containsKey(name)) {
                problems.add(new ValidationProblem(field + ".arguments." + name, "Argumen " + name + " tidak dikenal", "Unknown argument " + name));
            }
        }
        specs.forEach((name, spec) -> problems.addAll(spec.check(field + ".arguments." + name, arguments.get(name), codes)));
    }

    private static void checkScores(RuleSetModel model, CodeLists codes, List<ValidationProblem> problems) {
        Set<String> seen = new HashSet<>();
        // Rows that cannot hold together: one decile per registry, one marital status.
        Map<String, Integer> exclusiveBest = new HashMap<>();
        int additive = 0;
        for (int i = 0; i < model.getScores().size(); i++) {
            ScoreRow row = model.getScores().get(i);
            String field = "scores[" + i + "]";
            if (row.getCode() == null || !CODE.matcher(row.getCode()).matches()) {
                problems.add(new ValidationProblem(field + ".code", "Kode skor: huruf besar, angka dan _", "A score code is capitals, digits and _"));
            } else if (!seen.add(row.getCode())) {
                problems.add(new ValidationProblem(field + ".code", "Dua baris skor berkode " + row.getCode(), "Two score rows have the code " + row.getCode()));
            }
            if (row.getTemplate() == null) {
                problems.add(new ValidationProblem(field + ".template", "Pilih jenis kondisi", "Choose a condition template"));
                continue;
            }
            checkArguments(field, row.getTemplate().getArguments(), row.getArguments(), codes, problems);
            if (row.getPoints() < 0 || row.getPoints() > 100) {
                problems.add(new ValidationProblem(field + ".points", "Poin harus 0–100", "Points must be 0–100"));
                continue;
            }
            String group = switch (row.getTemplate()) {
                case REGISTRY_DECILE -> "DECILE:" + row.argument("registry");
                default -> null;
            };
            if (group != null) {
                int before = exclusiveBest.getOrDefault(group, 0);
                exclusiveBest.put(group, Math.max(before, row.getPoints()));
            } else {
                additive += row.getPoints();
            }
            int most = additive + exclusiveBest.values().stream().mapToInt(Integer::intValue).sum();
            if (most > 100) {
                problems.add(new ValidationProblem(field + ".points", "Dengan " + row.getPoints() + " poin ini skor dapat mencapai " + most
                        + "; skor prioritas paling tinggi 100", "With these " + row.getPoints() + " points the score can reach " + most
                        + "; the priority score is at most 100"));
            }
        }
    }

    private static void checkReasons(RuleSetModel model, List<ValidationProblem> problems) {
        Map<String, List<String>> needed = new java.util.LinkedHashMap<>();
        for (CriterionRow row : model.getCriteria()) {
            if (row.getTemplate() != null && row.getCode() != null) {
                row.getTemplate().getVariants().forEach((variant, placeholders) -> needed.put(row.getCode() + "." + variant, placeholders));
            }
        }
        for (ScoreRow row : model.getScores()) {
            if (row.getTemplate() != null && row.getCode() != null) {
                needed.put("SCORE." + row.getCode(), row.getTemplate().getPlaceholders());
            }
        }
        needed.forEach((key, placeholders) -> {
            ReasonText text = model.reason(key);
            if (text == null) {
                problems.add(new ValidationProblem("reasons[" + key + "]", "Teks alasan " + key + " belum ada", "The reason text " + key + " is missing"));
                return;
            }
            checkText("reasons[" + key + "].textId", text.getTextId(), placeholders, problems);
            checkText("reasons[" + key + "].textEn", text.getTextEn(), placeholders, problems);
        });
    }

    private static void checkText(String field, String text, List<String> placeholders, List<ValidationProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new ValidationProblem(field, "Teks wajib diisi", "A text is required"));
            return;
        }
        if (text.length() > MOST_TEXT || text.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            problems.add(new ValidationProblem(field, "Teks paling banyak " + MOST_TEXT + " karakter, satu baris, tanpa \\",
                    "A text is at most " + MOST_TEXT + " characters on one line, without \\"));
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!placeholders.contains(matcher.group(1))) {
                problems.add(new ValidationProblem(field, "Penanda {" + matcher.group(1) + "} tidak ada; yang tersedia: " + braces(placeholders),
                        "There is no placeholder {" + matcher.group(1) + "}; available: " + braces(placeholders)));
            }
        }
    }

    private static String braces(List<String> placeholders) {
        return placeholders.isEmpty() ? "-" : String.join(", ", placeholders.stream().map(p -> "{" + p + "}").toList());
    }

    private static void checkTestCases(RuleSetModel model, CodeLists codes, List<ValidationProblem> problems) {
        Set<String> criteria = new HashSet<>();
        model.getCriteria().forEach(c -> criteria.add(c.getCode()));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < model.getTestCases().size(); i++) {
            TestCaseRow row = model.getTestCases().get(i);
            String field = "testCases[" + i + "]";
            if (row.getName() == null || row.getName().isBlank() || row.getName().length() > 200) {
                problems.add(new ValidationProblem(field + ".name", "Nama kasus uji wajib (paling banyak 200 karakter)", "A test case needs a name of at most 200 characters"));
            } else if (!names.add(row.getName())) {
                problems.add(new ValidationProblem(field + ".name", "Dua kasus uji bernama '" + row.getName() + "'", "Two test cases are named '" + row.getName() + "'"));
            }
            problems.addAll(ValueSpec.code(CodeLists.SEX).check(field + ".sex", row.getSex(), codes));
            problems.addAll(new ValueSpec(ValueKind.DATE, null, null, null, false).check(field + ".birthDate", row.getBirthDate(), codes));
            problems.addAll(new ValueSpec(ValueKind.DATE, null, null, null, false).check(field + ".applicationDate", row.getApplicationDate(), codes));
            problems.addAll(ValueSpec.code(CodeLists.MARITAL_STATUS).check(field + ".maritalStatus", row.getMaritalStatus(), codes));
            for (String listing : row.getRegistries()) {
                if (listing == null || !REGISTRY_ENTRY.matcher(listing).matches()
                        || !codes.contains(CodeLists.REGISTRY, listing.split(":")[0])) {
                    problems.add(new ValidationProblem(field + ".registries", "Registri '" + listing + "': nama terdaftar, opsional :desil 1–10 (mis. P3KE:1)",
                            "Registry '" + listing + "': a known name, optionally :decile 1–10 (e.g. P3KE:1)"));
                }
            }
            row.getCurrentAid().forEach(a -> problems.addAll(ValueSpec.code(CodeLists.AID).check(field + ".currentAid", a, codes)));
            row.getCircumstances().forEach(c -> problems.addAll(ValueSpec.code(CodeLists.CIRCUMSTANCE).check(field + ".circumstances", c, codes)));
            if (row.getExpectedDecision() != null && !DECISIONS.contains(row.getExpectedDecision())) {
                problems.add(new ValidationProblem(field + ".expectedDecision", "Keputusan: ELIGIBLE, NEEDS_REVIEW atau INELIGIBLE",
                        "The decision is ELIGIBLE, NEEDS_REVIEW or INELIGIBLE"));
            }
            row.getExpectedCriteria().forEach((code, outcome) -> {
                if (!criteria.contains(code)) {
                    problems.add(new ValidationProblem(field + ".expectedCriteria." + code, "Kriteria " + code + " tidak ada", "There is no criterion " + code));
                } else if (!OUTCOMES.contains(outcome)) {
                    problems.add(new ValidationProblem(field + ".expectedCriteria." + code, "Hasil: PASS, REVIEW atau FAIL", "The outcome is PASS, REVIEW or FAIL"));
                }
            });
            if (row.getExpectedScore() != null && (row.getExpectedScore() < 0 || row.getExpectedScore() > 100)) {
                problems.add(new ValidationProblem(field + ".expectedScore", "Skor 0–100", "A score of 0–100"));
            }
            if (row.getExpectedDecision() == null && row.getExpectedCriteria().isEmpty() && row.getExpectedScore() == null) {
                problems.add(new ValidationProblem(field + ".expectedDecision", "Kasus uji harus memeriksa sesuatu", "A test case must expect something"));
            }
        }
    }

    private static void checkKubpTestCases(RuleSetModel model, CodeLists codes, List<ValidationProblem> problems) {
        Set<String> names = new HashSet<>();
        ValueSpec date = new ValueSpec(ValueKind.DATE, null, null, null, false);
        for (int i = 0; i < model.getKubpTestCases().size(); i++) {
            KubpTestCaseRow row = model.getKubpTestCases().get(i);
            String field = "kubpTestCases[" + i + "]";
            if (row.getName() == null || row.getName().isBlank() || row.getName().length() > 200) {
                problems.add(new ValidationProblem(field + ".name", "Nama kasus uji wajib (paling banyak 200 karakter)", "A test case needs a name of at most 200 characters"));
            } else if (!names.add(row.getName())) {
                problems.add(new ValidationProblem(field + ".name", "Dua kasus uji bernama '" + row.getName() + "'", "Two test cases are named '" + row.getName() + "'"));
            }
            if (row.getGroupDistrictCode() == null || !row.getGroupDistrictCode().matches("\\d{6}")) {
                problems.add(new ValidationProblem(field + ".groupDistrictCode", "Kode kecamatan kelompok: 6 angka", "The group's district code: 6 digits"));
            }
            problems.addAll(date.check(field + ".applicationDate", row.getApplicationDate(), codes));
            if (row.getPrincipal() == null || row.getPrincipal() < 1 || row.getPrincipal() > 10_000_000_000L) {
                problems.add(new ValidationProblem(field + ".principal", "Pokok pinjaman: Rp 1 sampai Rp 10.000.000.000", "The principal: Rp 1 to Rp 10,000,000,000"));
            }
            if (row.getInstallments() == null || row.getInstallments() < 1 || row.getInstallments() > 120) {
                problems.add(new ValidationProblem(field + ".installments", "Jumlah angsuran: 1 sampai 120", "Installments: 1 to 120"));
            }
            if (row.getGraceMonths() != null && (row.getGraceMonths() < 0 || row.getGraceMonths() > 24)) {
                problems.add(new ValidationProblem(field + ".graceMonths", "Masa tenggang: 0 sampai 24 bulan", "Grace: 0 to 24 months"));
            }
            for (String code : row.getExpectedViolations()) {
                if (!KubpTestCaseRows.VIOLATIONS.contains(code)) {
                    problems.add(new ValidationProblem(field + ".expectedViolations", "Pelanggaran '" + code + "' tidak dikenal", "Unknown violation '" + code + "'"));
                }
            }
            if (row.isExpectedApprovable() && !row.getExpectedViolations().isEmpty()) {
                problems.add(new ValidationProblem(field + ".expectedViolations", "Permohonan yang dapat disetujui tidak melanggar ketentuan apa pun",
                        "An approvable request breaks no term"));
            } else if (!row.isExpectedApprovable() && row.getExpectedViolations().isEmpty()) {
                problems.add(new ValidationProblem(field + ".expectedViolations", "Sebutkan ketentuan yang dilanggar permohonan yang ditolak",
                        "Name the terms a refused request breaks"));
            }
        }
    }
}
