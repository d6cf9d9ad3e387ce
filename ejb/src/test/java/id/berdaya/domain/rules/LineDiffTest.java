package id.berdaya.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.berdaya.domain.rules.LineDiff.Line;
import id.berdaya.domain.rules.LineDiff.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void showsChangedLinesWithTheirNumbersOnEachSide() {
        List<Line> diff = LineDiff.between("a\nb\nc\nd\n", "a\nB\nc\nd\ne\n");

        assertThat(diff).containsExactly(
                new Line(Op.SAME, 1, 1, "a"),
                new Line(Op.REMOVED, 2, 0, "b"),
                new Line(Op.ADDED, 0, 2, "B"),
                new Line(Op.SAME, 3, 3, "c"),
                new Line(Op.SAME, 4, 4, "d"),
                new Line(Op.ADDED, 0, 5, "e"));
        assertThat(LineDiff.changes(diff)).isTrue();
    }

    @Test
    void equalTextsHaveNoChangesAndAnEmptySideIsAllAddedOrRemoved() {
        assertThat(LineDiff.changes(LineDiff.between("x\r\ny", "x\ny\n"))).isFalse();
        assertThat(LineDiff.between("", "x\ny")).extracting(Line::op).containsExactly(Op.ADDED, Op.ADDED);
        assertThat(LineDiff.between("x", "")).extracting(Line::op).containsExactly(Op.REMOVED);
    }

    @Test
    void keepsTheLongestCommonRunInTheMiddle() {
        List<Line> diff = LineDiff.between("h\n1\n2\n3\nt", "h\n0\n1\n2\n3\n4\nt");

        assertThat(diff).filteredOn(l -> l.op() != Op.SAME).containsExactly(
                new Line(Op.ADDED, 0, 2, "0"), new Line(Op.ADDED, 0, 6, "4"));
    }

    @Test
    void aVersionDiffListsFilesAndTestCasesByChange() {
        RuleSetRevision from = RuleSetFixtures.shipped();
        RuleSetRevision to = RuleSetFixtures.draftBy("kebijakan");
        to.edit(0, "kebijakan", "DTSEN", List.of(new RuleFile("id/berdaya/rules/wrse/registry.drl", "package x;\n"),
                new RuleFile("id/berdaya/rules/wrse/dtsen.drl", "rule\n")),
                List.of(new TestCase("DTSEN desil 3", "{}", "{}")), "wrse-2", RuleSetFixtures.NOW);

        RuleSetDiff diff = RuleSetDiff.between(from, to);

        assertThat(diff.files()).extracting(RuleSetDiff.FileChange::path, RuleSetDiff.FileChange::change).containsExactly(
                tuple("id/berdaya/rules/wrse/registry.drl", RuleSetDiff.Change.CHANGED),
                tuple("id/berdaya/rules/wrse/dtsen.drl", RuleSetDiff.Change.ADDED));
        assertThat(diff.testCases()).extracting(RuleSetDiff.TestCaseChange::name, RuleSetDiff.TestCaseChange::change)
                .containsExactly(tuple("DTSEN desil 3", RuleSetDiff.Change.ADDED),
                        tuple("a case", RuleSetDiff.Change.REMOVED));
    }
}
