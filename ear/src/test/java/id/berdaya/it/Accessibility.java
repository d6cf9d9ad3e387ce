package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/** axe-core run in the page as it is, at the width it is shown; serious and critical findings fail the test. */
final class Accessibility {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(360, 800);

    private Accessibility() {
    }

    static void check(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as(page + " at " + driver.manage().window().getSize() + ": " + serious.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .limit(3).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    /** The page has no horizontal scroll of its own at this width (wide tables scroll inside their box). */
    static void fitsWidth(WebDriver driver, String page) {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).longValue()).as(page + " scrolls sideways").isLessThanOrEqualTo(1);
    }
}
