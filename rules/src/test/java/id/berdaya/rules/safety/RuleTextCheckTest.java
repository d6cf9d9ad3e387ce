package id.berdaya.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.HandWrittenWrse;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.RuleCompilationError;
import id.berdaya.rules.RuleCompilationException;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.Sex;
import id.berdaya.rules.UnsafeRuleTextException;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseScreener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieBase;

/**
 * Rule text that would run code outside the fact model is refused before Drools sees it, and never
 * runs: every payload below would set a system property or create a marker file if it ran; each is
 * refused with its file, its line and a message in both languages, and afterwards neither exists.
 */
class RuleTextCheckTest {

    private static final String SEX = "id/berdaya/rules/wrse/sex.drl";
    private static final String PARAMETERS = "id/berdaya/rules/wrse/parameters.csv";
    private static final String PROPERTY = "berdaya.rule.payload";
    private static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "berdaya-rule-payload-" + ProcessHandle.current().pid());
    private static final String SET = "System.setProperty(\"" + PROPERTY + "\", \"ran\")";
    private static final String TOUCH = "\"" + MARKER.toString().replace("\\", "/") + "\"";

    private static final String HEADER = """
            package id.berdaya.rules.wrse;

            import id.berdaya.rules.CriterionResult;
            import id.berdaya.rules.Sex;
            """;

    @AfterEach
    void cleanUp() throws Exception {
        System.clearProperty(PROPERTY);
        Files.deleteIfExists(MARKER);
    }

    /** A sex.drl whose single rule has the given condition and consequence (and always matches). */
    private static String rule(String condition, String consequence) {
        return HEADER + """

                rule "SEX: the applicant is a woman"
                when
                    WrseApplicant( %s )
                then
                    %s
                    insert(CriterionResult.pass("SEX", "Jenis kelamin perempuan", "Sex is female"));
                end
                """.formatted(condition, consequence);
    }

    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of("the issue's payload, in the condition",
                        rule("System.getProperty(\"user.name\").equals(\"root\") && new java.io.File(\"/etc/passwd\").canRead()", SET + ";"),
                        "System"),
                Arguments.of("the issue's payload as the consequence", rule("", "if (System.getProperty(\"user.name\") != null && new java.io.File(\"/etc/passwd\").canRead()) { " + SET + "; }"),
                        "System"),
                Arguments.of("a fully qualified System", rule("", "java.lang.System.setProperty(\"" + PROPERTY + "\", \"ran\");"), "java.lang"),
                Arguments.of("a fully qualified file", rule("", "new java.io.File(" + TOUCH + ").createNewFile();"), "java.io.File"),
                Arguments.of("NIO files", rule("", "java.nio.file.Files.writeString(java.nio.file.Path.of(" + TOUCH + "), \"x\");"), "java.nio"),
                Arguments.of("reflection by string concatenation",
                        rule("", "Class.forName(\"java.lang.\" + \"Sys\" + \"tem\").getMethod(\"setProperty\", String.class, String.class).invoke(null, \"" + PROPERTY + "\", \"ran\");"),
                        "forName"),
                Arguments.of("java.lang.reflect", rule("", "java.lang.reflect.Method m = null;"), "java.lang.reflect"),
                Arguments.of("getClass on a fact", rule("", "$sex.getClass().getClassLoader().loadClass(\"java.lang.System\");").replace("WrseApplicant(  )", "WrseApplicant( $sex : sex )"),
                        "getClass"),
                Arguments.of("a class loader", rule("", "ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\");"), "ClassLoader"),
                Arguments.of("Runtime.exec", rule("", "Runtime.getRuntime().exec(new String[] {\"touch\", " + TOUCH + "});"), "Runtime"),
                Arguments.of("ProcessBuilder", rule("", "new ProcessBuilder(\"touch\", " + TOUCH + ").start();"), "ProcessBuilder"),
                Arguments.of("a thread", rule("", "new Thread(() -> " + SET + ").start();"), "Thread"),
                Arguments.of("the network", rule("", "new java.net.URL(\"http://127.0.0.1:9/\").openStream();"), "java.net"),
                Arguments.of("a method reference to System::exit", rule("", "java.util.function.IntConsumer exit = System::exit;"), "method reference"),
                Arguments.of("a lambda over the facts", rule("", "$aid.forEach(a -> " + SET + ");").replace("WrseApplicant(  )", "WrseApplicant( $aid : currentAid )"),
                        "lambda"),
                Arguments.of("a static import", HEADER.replace("import id.berdaya.rules.Sex;", "import static java.lang.System.setProperty;")
                        + rule("", "setProperty(\"" + PROPERTY + "\", \"ran\");").substring(HEADER.length()), "import"),
                Arguments.of("a function import", HEADER + "import function java.lang.System.setProperty;\n"
                        + rule("", "setProperty(\"" + PROPERTY + "\", \"ran\");").substring(HEADER.length()), "import"),
                Arguments.of("a function block", HEADER + "function void pwn() { " + SET + "; }\n"
                        + rule("", "pwn();").substring(HEADER.length()), "function"),
                Arguments.of("an MVEL dialect block", HEADER + "dialect \"mvel\"\n" + rule("", SET + ";").substring(HEADER.length()), "mvel"),
                Arguments.of("an MVEL rule attribute", rule("", SET + ";").replace("when", "    dialect \"mvel\"\nwhen"), "mvel"),
                Arguments.of("a salience expression", rule("", "").replace("when", "    salience ( " + SET + " == null ? 1 : 0 )\nwhen"), "salience"),
                Arguments.of("an eval", rule("", "").replace("WrseApplicant(  )", "WrseApplicant()\n    eval( " + SET + " == null )"), "System"),
                Arguments.of("a from over system properties", rule("", "").replace("WrseApplicant(  )", "WrseApplicant()\n    Object() from System.getProperties().values()"),
                        "Object"),
                Arguments.of("an accumulate with its own code", rule("", "").replace("WrseApplicant(  )",
                        "WrseApplicant()\n    Number() from accumulate( CriterionResult(), init( " + SET + "; ), action( ), result( 1 ) )"), "accumulate"),
                Arguments.of("an unknown global", HEADER + "global java.util.List leak;\n" + rule("", "").substring(HEADER.length()), "global"),
                Arguments.of("a declared type", HEADER + "declare Evil\n    file : java.io.File\nend\n" + rule("", "").substring(HEADER.length()), "declare"),
                Arguments.of("the engine behind drools", rule("", "drools.getKieRuntime().halt();"), "getKieRuntime"),
                Arguments.of("an anonymous class", rule("", "Object o = new Object() { public String toString() { " + SET + "; return \"\"; } };"), "anonymous"),
                Arguments.of("a Unicode escape closing a string", rule("", "String s = \"\\u0022); " + SET + "; //\";"), "Unicode"),
                Arguments.of("a system property read through Integer", rule("Integer.getInteger(\"" + PROPERTY + "\") == null", SET + ";"), "getInteger"),
                Arguments.of("an endless loop", rule("", "while (true) { }"), "loop"),
                Arguments.of("a package outside the rules", rule("", SET + ";").replace("package id.berdaya.rules.wrse;", "package com.example.evil;"), "package"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void refusesThePayloadWithFileLineAndReasonAndNeverRunsIt(String what, String drl, String named) {
        List<RuleSource> rules = replace(HandWrittenWrse.sources(), SEX, drl);

        assertThatThrownBy(() -> screenOnce(rules))
                .isInstanceOfSatisfying(UnsafeRuleTextException.class, e -> {
                    assertThat(e.getErrors()).isNotEmpty().allSatisfy(error -> {
                        assertThat(error.getSourcePath()).isEqualTo(SEX);
                        assertThat(error.isRefusal()).isTrue();
                        assertThat(error.getMessage()).startsWith("Refused: ");
                        assertThat(error.getMessageId()).startsWith("Ditolak: ");
                    });
                    assertThat(e.getErrors()).anySatisfy(error -> {
                        assertThat(error.getLine()).isPositive();
                        assertThat(error.getMessage() + error.getMessageId()).containsIgnoringCase(named);
                    });
                });
        assertThat(System.getProperty(PROPERTY)).as("the payload never ran").isNull();
        assertThat(MARKER).as("the payload never ran").doesNotExist();
    }

    @Test
    void placesTheIssuePayloadOnItsLine() {
        String drl = rule("System.getProperty(\"user.name\").equals(\"root\") && new java.io.File(\"/etc/passwd\").canRead()", "");
        List<RuleCompilationError> errors = RuleTextCheck.check(new RuleSource(SEX, drl));
        int conditionLine = lineOf(drl, "System.getProperty");

        assertThat(errors).extracting(RuleCompilationError::getLine).containsOnly(conditionLine);
        assertThat(errors).extracting(RuleCompilationError::getMessage)
                .anyMatch(m -> m.contains("'System'") || m.contains("System"))
                .anyMatch(m -> m.contains("java.io.File"));
    }

    @Test
    void placesAConsequenceRefusalOnItsLine() {
        String drl = rule("", "int harmless = 1;\n    java.lang.System.exit(harmless);");
        List<RuleCompilationError> errors = RuleTextCheck.check(new RuleSource(SEX, drl));

        assertThat(errors).extracting(RuleCompilationError::getLine).containsOnly(lineOf(drl, "java.lang.System.exit"));
    }

    @Test
    void refusesAQuoteThatBreaksOutOfAParameterTableValue() {
        String csv = HandWrittenWrse.sources().get(0).getText().replace(
                "SCORE_DECILE_REGISTRY,P3KE,", "SCORE_DECILE_REGISTRY,\"P3KE\"\")); " + SET.replace("\"", "\"\"") + "; //\",");
        List<RuleSource> rules = replace(HandWrittenWrse.sources(), PARAMETERS, csv);

        // The table's own check refuses the value first...
        assertThatThrownBy(() -> screenOnce(rules)).isInstanceOfSatisfying(RuleCompilationException.class, e ->
                assertThat(e.getErrors()).anySatisfy(error -> {
                    assertThat(error.getSourcePath()).isEqualTo(PARAMETERS);
                    assertThat(error.getMessage()).contains("SCORE_DECILE_REGISTRY");
                }));
        // ...and were it let through, Drools keeps it inside its string literal: data, not code.
        assertThat(RuleTextCheck.check(new RuleSource(PARAMETERS, csv))).isEmpty();
        assertThat(System.getProperty(PROPERTY)).isNull();
    }

    @Test
    void refusesCodeInTheParameterTableAction() {
        String csv = HandWrittenWrse.sources().get(0).getText().replace("\"\"$param\"\"));\"",
                "\"\"$param\"\")); " + SET.replace("\"", "\"\"") + ";\"");
        assertThat(csv).contains("setProperty");

        assertThat(RuleTextCheck.check(new RuleSource(PARAMETERS, csv))).isNotEmpty().allSatisfy(error -> {
            assertThat(error.getSourcePath()).isEqualTo(PARAMETERS);
            assertThat(error.isRefusal()).isTrue();
        }).anySatisfy(error -> assertThat(error.getMessage()).contains("setProperty"));
        assertThatThrownBy(() -> screenOnce(replace(HandWrittenWrse.sources(), PARAMETERS, csv)))
                .isInstanceOf(RuleCompilationException.class);
        assertThat(System.getProperty(PROPERTY)).isNull();
    }

    @Test
    void passesEveryShippedRuleSet() {
        assertThat(RuleTextCheck.check(DefaultRuleSets.wrse())).isEmpty();
        assertThat(RuleTextCheck.check(HandWrittenWrse.sources())).isEmpty();
        assertThat(RuleTextCheck.check(DefaultRuleSets.kubp())).isEmpty();
    }

    @Test
    void letsAnOrdinaryPolicyChangeThrough() {
        String drl = rule("sex == Sex.F, age >= 18, currentAid not contains \"PKH\"", "");
        assertThat(RuleTextCheck.check(new RuleSource(SEX, drl))).isEmpty();
    }

    private static void screenOnce(List<RuleSource> rules) {
        KieBase kieBase = RuleSetCompiler.compile(rules);
        try (WrseScreener screener = new WrseScreener(kieBase)) {
            screener.screen(WrseApplicant.builder().sex(Sex.F).birthDate(LocalDate.of(1990, 1, 1))
                    .maritalStatus(MaritalStatus.MARRIED).regencyCode("6402").applicationDate(LocalDate.of(2025, 3, 1)).build());
        }
    }

    private static int lineOf(String text, String part) {
        int index = text.indexOf(part);
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<RuleSource> replace(List<RuleSource> sources, String path, String text) {
        List<RuleSource> replaced = new ArrayList<>();
        for (RuleSource source : sources) {
            replaced.add(source.getPath().equals(path) ? new RuleSource(path, text) : source);
        }
        return replaced;
    }
}
