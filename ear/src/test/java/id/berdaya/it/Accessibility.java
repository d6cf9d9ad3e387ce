package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Runs axe-core inside the page the browser shows and fails on any critical or serious violation. */
final class Accessibility {

    private Accessibility() {
    }

    static void check(WebDriver driver, String where) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact()))
                .toList();
        String report = blocking.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().limit(5).map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(blocking).as("axe-core on %s (%s):%n%s", where, driver.getCurrentUrl(), report).isEmpty();
    }
}
