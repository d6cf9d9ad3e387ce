package id.berdaya.domain.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two versions of a rule set: each file's lines, and the test cases by name. */
public record RuleSetDiff(RuleSetKind kind, int fromNumber, int toNumber, List<FileChange> files,
        List<TestCaseChange> testCases) {

    public enum Change {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED
    }

    public record FileChange(String path, Change change, List<LineDiff.Line> lines) {
    }

    public record TestCaseChange(String name, Change change) {
    }

    public static RuleSetDiff between(RuleSetRevision from, RuleSetRevision to) {
        Map<String, String> oldFiles = new LinkedHashMap<>();
        from.getFiles().forEach(f -> oldFiles.put(f.getPath(), f.getContent()));
        Map<String, String> newFiles = new LinkedHashMap<>();
        to.getFiles().forEach(f -> newFiles.put(f.getPath(), f.getContent()));

        List<FileChange> files = new ArrayList<>();
        newFiles.forEach((path, content) -> {
            String old = oldFiles.get(path);
            List<LineDiff.Line> lines = LineDiff.between(old == null ? "" : old, content);
            Change change = old == null ? Change.ADDED : LineDiff.changes(lines) ? Change.CHANGED : Change.UNCHANGED;
            files.add(new FileChange(path, change, lines));
        });
        oldFiles.forEach((path, content) -> {
            if (!newFiles.containsKey(path)) {
                files.add(new FileChange(path, Change.REMOVED, LineDiff.between(content, "")));
            }
        });

        Map<String, TestCase> oldCases = new LinkedHashMap<>();
        from.getTestCases().forEach(c -> oldCases.put(c.getName(), c));
        List<TestCaseChange> cases = new ArrayList<>();
        for (TestCase testCase : to.getTestCases()) {
            TestCase old = oldCases.remove(testCase.getName());
            cases.add(new TestCaseChange(testCase.getName(), old == null ? Change.ADDED
                    : Objects.equals(old.getInput(), testCase.getInput()) && Objects.equals(old.getExpected(), testCase.getExpected())
                            ? Change.UNCHANGED : Change.CHANGED));
        }
        oldCases.keySet().forEach(name -> cases.add(new TestCaseChange(name, Change.REMOVED)));
        return new RuleSetDiff(to.getKind(), from.getNumber(), to.getNumber(), files, cases);
    }
}
