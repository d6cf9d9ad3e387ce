package id.berdaya.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver packages), driven by Selenium,
 * for browser tests of what staff do. Where Chromium is missing the tests are skipped with the
 * reason — except under CI, where a skipped browser test would hide a broken UI, so it fails.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String appUrl;

    private Browser(WebDriver driver, String appUrl) {
        this.driver = driver;
        this.appUrl = appUrl.endsWith("/") ? appUrl : appUrl + "/";
    }

    /** Starts Chromium, or skips the test (fails it under CI) when it is not installed. */
    static Browser open(String appUrl) {
        return open(appUrl, false);
    }

    /** As {@link #open(String)}; with a performance log, Chromium records the bytes of every response. */
    static Browser open(String appUrl, boolean performanceLog) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "No Chromium for browser tests: apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + " (under CI a skipped browser test is a failure)");
            }
            Assumptions.abort(why);
        }
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=id");
        if (performanceLog) {
            org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable(org.openqa.selenium.logging.LogType.PERFORMANCE, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, appUrl);
    }

    Browser go(String path) {
        driver.get(appUrl + (path.startsWith("/") ? path.substring(1) : path));
        return this;
    }

    /** Logs in through the login form as a demo user (password "demo"). */
    Browser loginAs(String username) {
        go("login.xhtml");
        type("login:username", username);
        type("login:password", "demo");
        click("login:submit");
        waitFor(By.id("greeting"));
        return this;
    }

    Browser type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Clicks the element with this id. A region the page re-renders on its own (a polled job table)
     * may replace the element between finding and clicking it: then the click did not happen, and it
     * is found again and clicked.
     */
    Browser click(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    waitFor(By.id(id)).click();
                    return true;
                });
        return this;
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its label and waits until the menu shows it.
     * The menu builds its list when it first opens, and a click on an item before the panel has
     * finished opening is lost, so the choice is repeated until the menu's label reads the option.
     */
    Browser choose(String menuId, String optionLabel) {
        By shown = By.id(menuId + "_label");
        By panel = By.id(menuId + "_panel");
        By item = By.xpath("//div[@id='" + menuId + "_panel']//li[@data-label='" + optionLabel + "']");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> {
                        if (optionLabel.equals(d.findElement(shown).getText())) {
                            return true;
                        }
                        if (!d.findElement(panel).isDisplayed()) {
                            d.findElement(shown).click();
                        }
                        new WebDriverWait(d, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(item)).click();
                        return optionLabel.equals(d.findElement(shown).getText());
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            Object html = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "var m = document.getElementById(arguments[0]), p = document.getElementById(arguments[0] + '_panel');"
                    + " return (m ? m.outerHTML : 'no menu') + ' / ' + (p ? p.outerHTML : 'no panel');", menuId);
            throw new AssertionError("Could not choose " + optionLabel + " in " + menuId + ": " + html, e);
        }
        return this;
    }

    /** Answers "yes" in the confirmation dialog that an irreversible action opens. */
    Browser confirm() {
        waitFor(By.cssSelector(".ui-confirmdialog .ui-confirmdialog-yes")).click();
        return this;
    }

    /** Resizes the window's viewport, e.g. to a 360 × 740 phone. */
    Browser viewport(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    /**
     * Clicks something that loads a new page (a non-Ajax command such as the language switch) and
     * waits until the old page is gone, so that what is read next is read from the new page.
     */
    Browser clickAndWaitForNewPage(String id) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        click(id);
        // The old page is gone once its element is stale; Chromium 156 says so either way: a stale
        // element reference, or "Node with given id does not belong to the document".
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        return this;
    }

    /** The element's text once it reads as expected (or the last text read, after 30 s). */
    String textOnceItIs(By locator, String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(ExpectedConditions.textToBe(locator, expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the caller's assertion reports what the page shows
        }
        return text(locator);
    }

    /** A date as people type it into every date picker: DD-MM-YYYY. */
    static String typed(java.time.LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The element's text once it is visible; read again if the page replaced the element meanwhile. */
    String text(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = d.findElement(locator);
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    /**
     * The element's text once it contains every part (or the last text read, after 30 s): after a click,
     * what the page said before the answer arrived is never taken for the answer.
     */
    String textOnceItContains(By locator, String... parts) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        String text = d.findElement(locator).getText();
                        return java.util.Arrays.stream(parts).allMatch(text::contains);
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            // the caller's assertion reports what the page shows
        }
        return text(locator);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebDriver driver() {
        return driver;
    }

    /** Saves what the user sees under target/screenshots, for a person to look at. */
    Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = dir.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
