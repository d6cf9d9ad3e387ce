package id.berdaya.domain.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lines of two texts as a unified diff: unchanged, removed and added lines, each with its line
 * number on its side. Longest common subsequence over the lines between the common head and tail;
 * rule files are small, and beyond a few thousand changed lines it shows a plain replacement.
 */
public final class LineDiff {

    private static final long MOST_CELLS = 4_000_000;

    public enum Op {
        SAME,
        REMOVED,
        ADDED
    }

    /** One line of the diff; {@code oldLine}/{@code newLine} are 1-based, 0 where the line has no side. */
    public record Line(Op op, int oldLine, int newLine, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String oldText, String newText) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Line> diff = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            diff.add(new Line(Op.SAME, i + 1, i + 1, a.get(i)));
        }
        middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), head, diff);
        for (int i = tail; i > 0; i--) {
            diff.add(new Line(Op.SAME, a.size() - i + 1, b.size() - i + 1, a.get(a.size() - i)));
        }
        return diff;
    }

    /** Whether a diff changes anything. */
    public static boolean changes(List<Line> diff) {
        return diff.stream().anyMatch(line -> line.op() != Op.SAME);
    }

    private static void middle(List<String> a, List<String> b, int offset, List<Line> diff) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MOST_CELLS) {
            for (int i = 0; i < n; i++) {
                diff.add(new Line(Op.REMOVED, offset + i + 1, 0, a.get(i)));
            }
            for (int j = 0; j < m; j++) {
                diff.add(new Line(Op.ADDED, 0, offset + j + 1, b.get(j)));
            }
            return;
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                diff.add(new Line(Op.SAME, offset + i + 1, offset + j + 1, a.get(i)));
                i++;
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                diff.add(new Line(Op.REMOVED, offset + i + 1, 0, a.get(i)));
                i++;
            } else {
                diff.add(new Line(Op.ADDED, 0, offset + j + 1, b.get(j)));
                j++;
            }
        }
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // a final line break does not start another line
        }
        return lines;
    }
}
