package id.berdaya.infrastructure.rules.programme;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.authoring.CodeLists;
import id.berdaya.rules.authoring.ConditionTemplate;
import id.berdaya.rules.authoring.Programme;
import id.berdaya.rules.authoring.RuleSetModel;
import id.berdaya.rules.authoring.ScoreTemplate;
import id.berdaya.rules.table.ParameterTable;
import id.berdaya.rules.testing.RuleTestCase;
import id.berdaya.rules.testing.TestCaseFormatException;
import id.berdaya.rules.testing.TestCaseRunner;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * Everything that differs between the programmes whose rules the application runs, in one place per
 * programme: where its rule files live and which ones ship, its parameter schema and authoring
 * palette, how a compiled rule set of it evaluates facts, runs test cases and words an outcome for the
 * impact analysis, and its name. Code that serves every rule set asks the descriptor
 * ({@link RuleSetProgrammes#of}) instead of testing which programme it has; a new programme is a new
 * implementation (and a {@link RuleSetKind}).
 *
 * @param <E> the evaluator a compiled rule set of the programme is used through (thread-safe, closed
 *     when no request uses it any more)
 */
public interface RuleSetProgramme<E extends AutoCloseable> {

    RuleSetKind kind();

    /** The programme's name as people read it. */
    String nameIndonesian();

    String nameEnglish();

    // --- rule files ---------------------------------------------------------------------------

    /** The folder of its rule files, on the classpath and in a stored version: {@code id/berdaya/rules/wrse}. */
    String folder();

    /** Where its parameter table lives, e.g. {@code id/berdaya/rules/wrse/parameters.csv}. */
    default String parameterTablePath() {
        return folder() + "/" + ParameterTable.FILE_NAME;
    }

    /** The rule files shipped in the rules module. */
    List<RuleSource> shippedFiles();

    /** The test cases shipped with them. */
    List<RuleTestCase> shippedTestCases();

    // --- evaluating ---------------------------------------------------------------------------

    /** The evaluator of a compiled rule set of this programme (what the rule engine keeps in force). */
    E evaluator(KieBase rules);

    /**
     * What the evaluator concludes for one stored case (the programme's fact type), as the impact
     * analysis compares two versions: the decision and the details that led to it.
     */
    Outcome outcome(E evaluator, Object facts);

    /** A runner of this programme's test cases on a compiled rule set; close it after use. */
    TestCaseRunner testRunner(KieBase rules);

    /** @throws TestCaseFormatException naming the field of a test case that is not in this programme's shape */
    void checkTestCaseFormat(RuleTestCase testCase);

    /** The expected outcome a new, hand-written test case starts with (JSON). */
    String newTestCaseExpectation();

    // --- authoring ----------------------------------------------------------------------------

    /** The parameters the code knows, typed and bounded. */
    Programme schema();

    /** The condition templates its criteria rows are built from; empty when criteria are not authored as rows. */
    default List<ConditionTemplate> conditionTemplates() {
        return List.of();
    }

    /** The score templates its priority rows are built from; empty when it has no priority score. */
    default List<ScoreTemplate> scoreTemplates() {
        return List.of();
    }

    /**
     * The structured content of a version written as rule text (stored before rules were data, or by a
     * technician): the defaults, with whatever values the files hold that the model can carry.
     */
    RuleSetModel defaultModel(List<RuleFile> files);

    /** Puts a version's stored test cases into its structured content, as the rows this programme edits. */
    void putTestCases(RuleSetModel model, List<RuleTestCase> testCases);

    /** The test cases of the structured content, as stored and run. */
    List<RuleTestCase> testCases(RuleSetModel model);

    /**
     * The rule files generated from the structured content (besides the model file itself), given the
     * files the draft holds now.
     */
    List<RuleFile> generate(RuleSetModel model, List<RuleFile> draftFiles, CodeLists codeLists);

    /** What one rule set concluded for one case: the decision, and the details that led to it. */
    record Outcome(String decision, Map<String, String> details) {
    }
}
