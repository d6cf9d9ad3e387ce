package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.TestCase;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.infrastructure.rules.programme.RuleSetProgramme;
import id.berdaya.infrastructure.rules.programme.RuleSetProgrammes;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.table.ParameterTable;
import id.berdaya.rules.testing.RuleTestCase;
import id.berdaya.rules.testing.TestCaseFormatException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a draft must be to be saved at all, each problem a 400 naming its field: well-formed file
 * paths, a well-formed parameter table (a wrong column is named), test cases in the right shape.
 * DRL that does not compile may be saved: a draft is work in progress, and validation shows where.
 */
final class DraftChecks {

    private static final int MOST_FILES = 100;
    private static final int MOST_TEST_CASES = 500;

    private DraftChecks() {
    }

    static void check(RuleSetKind kind, List<RuleFile> files, List<TestCase> testCases) {
        if (files.size() > MOST_FILES) {
            throw new InvalidInputException("files", "At most " + MOST_FILES + " rule files", "Paling banyak " + MOST_FILES + " berkas");
        }
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            RuleFile file = files.get(i);
            String field = "files[" + i + "]";
            try {
                new RuleSource(file.getPath(), file.getContent());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field + ".path", e.getMessage(), "Jalur berkas tidak sah: " + file.getPath());
            }
            if (!paths.add(file.getPath())) {
                throw new InvalidInputException(field + ".path", "Two files have the path " + file.getPath(),
                        "Dua berkas berjalur " + file.getPath());
            }
            if (file.getContent().length() > RuleFile.MAX_LENGTH) {
                throw new InvalidInputException(field + ".content", "The file is longer than " + RuleFile.MAX_LENGTH
                        + " characters", "Berkas lebih dari " + RuleFile.MAX_LENGTH + " karakter");
            }
            if (ParameterTable.isParameterTable(file.getPath())) {
                checkParameterTable(file.getContent());
            }
        }
        checkTestCases(kind, testCases);
    }

    /** @throws InvalidInputException naming the column (or row) at fault */
    static void checkParameterTable(String csv) {
        List<ParameterTable.Problem> problems = ParameterTable.read(csv).getProblems();
        if (!problems.isEmpty()) {
            ParameterTable.Problem first = problems.get(0);
            String field = first.columnName() == null ? ParameterTable.FILE_NAME : "column " + first.columnName();
            String where = ParameterTable.FILE_NAME + " line " + first.line() + ", column " + first.column() + ": ";
            throw new InvalidInputException(field, where + first.message()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                    where + first.message());
        }
    }

    private static void checkTestCases(RuleSetKind kind, List<TestCase> testCases) {
        if (testCases.size() > MOST_TEST_CASES) {
            throw new InvalidInputException("testCases", "At most " + MOST_TEST_CASES + " test cases",
                    "Paling banyak " + MOST_TEST_CASES + " kasus uji");
        }
        RuleSetProgramme<?> programme = RuleSetProgrammes.of(kind);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < testCases.size(); i++) {
            TestCase testCase = testCases.get(i);
            String field = "testCases[" + i + "]";
            if (testCase.getName().isBlank() || testCase.getName().length() > 200) {
                throw new InvalidInputException(field + ".name", "A test case needs a name of at most 200 characters",
                        "Kasus uji memerlukan nama (paling banyak 200 karakter)");
            }
            if (!names.add(testCase.getName())) {
                throw new InvalidInputException(field + ".name", "Two test cases are named '" + testCase.getName() + "'",
                        "Dua kasus uji bernama '" + testCase.getName() + "'");
            }
            RuleTestCase ruleTestCase = new RuleTestCase(testCase.getName(), testCase.getInput(), testCase.getExpected());
            try {
                programme.checkTestCaseFormat(ruleTestCase);
            } catch (TestCaseFormatException e) {
                throw new InvalidInputException(field + "." + e.getField(), e.getProblem(),
                        "Kasus uji '" + testCase.getName() + "': " + e.getField() + " " + e.getProblem());
            }
        }
    }
}
