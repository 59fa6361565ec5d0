package vn.hungyen.snv.system;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver, in Vietnamese, with no network but this machine's,
 * saving screenshots at desktop and phone width under docs/screenshots. Every page it takes a screenshot of is
 * scanned with axe-core at both widths, and a serious or critical violation fails the test.
 */
final class Browser implements AutoCloseable {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Map<String, Dimension> SIZES = Map.of("desktop", DESKTOP, "phone", new Dimension(390, 844));
    /** The impacts of an axe-core violation that fail a test; "minor" and "moderate" ones are left to judgement. */
    private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");
    /** Null when the focused element shows that it has the focus (an outline or a shadow), else what is wrong. */
    private static final String FOCUS_SHOWN = """
            const field = document.activeElement;
            if (!field || field === document.body) return 'nothing has the focus';
            const name = field.tagName.toLowerCase() + (field.id ? '#' + field.id : '') + ' "'
                + (field.textContent || field.value || '').trim().slice(0, 40) + '"';
            const style = getComputedStyle(field);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            return outline || style.boxShadow !== 'none' ? null : name + ' has neither outline nor shadow';
            """;

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    Browser(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("snv-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-quic", "--no-first-run", "--lang=vi",
                "--user-data-dir=" + profile);
        // LANGUAGE: Chromium on Linux takes its locale from it, and with it the dd/MM/yyyy of date fields
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
                .withEnvironment(Map.of("LANGUAGE", "vi")).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Opens a page of another site, by its full address. */
    void openOther(String address) {
        driver.get(address);
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value directly, for inputs such as dates whose typing depends on the locale. */
    void setValue(String id, String value) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), value);
    }

    void select(String id, String visibleTextPrefix) {
        new Select(driver.findElement(By.id(id))).getOptions().stream()
                .filter(option -> option.getText().startsWith(visibleTextPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("No option " + visibleTextPrefix + " in #" + id)).click();
    }

    /**
     * Presses Tab until the target has the focus (at once when it has it already, as a field with autofocus),
     * once the page has it (else the failure says what the page shows),
     * checking at every stop on the way that the focus can be seen; with {@code backwards}, Shift+Tab. Past the
     * last element the focus leaves the page for the browser's own controls, and comes back on the next press.
     */
    void tabTo(By target, boolean backwards) {
        WebElement wanted = new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage(this::describe)
                .until(ExpectedConditions.presenceOfElementLocated(target));
        for (int presses = 0; presses < 100; presses++) {
            if (driver.switchTo().activeElement().equals(wanted)) {
                assertFocusShown();
                return;
            }
            press(backwards ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB);
            if (!driver.switchTo().activeElement().getTagName().equals("body")) {
                assertFocusShown();
            }
        }
        throw new AssertionError("100 presses of Tab never reach " + target + " on " + currentPath());
    }

    private void assertFocusShown() {
        String hidden = (String) driver.executeScript(FOCUS_SHOWN);
        if (hidden != null) {
            throw new AssertionError("On " + currentPath() + " the focus cannot be seen: " + hidden);
        }
    }

    void tabTo(By target) {
        tabTo(target, false);
    }

    /** Types keys into whatever has the focus, as a keyboard does: text, Keys.ENTER, Keys.SPACE… */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    void click(By target) {
        driver.findElement(target).click();
    }

    int count(By target) {
        return driver.findElements(target).size();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String textOf(By target) {
        return driver.findElement(target).getText();
    }

    String attributeOf(By target, String attribute) {
        return driver.findElement(target).getDomAttribute(attribute);
    }

    String title() {
        return driver.getTitle();
    }

    void waitForText(String text) {
        waitUntil(Duration.ofSeconds(15), d -> text().contains(text));
    }

    void waitFor(By target) {
        waitUntil(Duration.ofSeconds(15), ExpectedConditions.visibilityOfElementLocated(target));
    }

    /** Opens a page again and again until it shows the text: for what arrives through Kafka. */
    void openUntil(String path, String text) {
        openUntil(path, () -> text().contains(text));
    }

    /** Opens a page again and again until it has the element: for what arrives through Kafka. */
    void openUntil(String path, By target) {
        openUntil(path, () -> count(target) > 0);
    }

    private void openUntil(String path, BooleanSupplier shown) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).withMessage(this::describe)
                .until(d -> {
                    open(path);
                    return shown.getAsBoolean();
                });
    }

    /**
     * Waits for a condition while a page may be replacing the previous one: Chromium then answers a
     * read of the old document with errors other than a stale element, which are retried too.
     */
    private void waitUntil(Duration timeout, Function<WebDriver, ?> condition) {
        new WebDriverWait(driver, timeout).ignoring(WebDriverException.class).withMessage(this::describe)
                .until(condition);
    }

    /** What the browser shows, for the message of a wait that timed out. */
    private String describe() {
        try {
            return "the page " + currentPath() + " shows:\n" + text();
        } catch (WebDriverException e) {
            return "the page cannot be read: " + e.getMessage();
        }
    }

    /** Signs a demo account in (password "demo"). */
    void signIn(String username) {
        signIn(username, "demo");
        waitForText("Xin chào");
    }

    /** Sends the sign-in form, and leaves the browser wherever it leads (home, or the forced password change). */
    void signIn(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        click(By.cssSelector("form button[type=submit]"));
    }

    void signOut() {
        click(By.cssSelector("form.signout button"));
        waitForText("Đăng nhập");
    }

    /**
     * Saves the current page as NAME-desktop.png and NAME-phone.png, around the field that has the focus, and scans
     * it with axe-core at both widths: any serious or critical violation fails, listed with the elements at fault.
     */
    void screenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("snv.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Dimension> size : SIZES.entrySet()) {
            driver.manage().window().setSize(size.getValue());
            // at either width, the field being filled in is in the picture
            driver.executeScript("const field = document.activeElement;"
                    + "if (field && field !== document.body) field.scrollIntoView({block: 'center'});");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + "-" + size.getKey() + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
            violations.addAll(accessibilityViolations(size.getKey()));
        }
        driver.manage().window().setSize(DESKTOP);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core finds serious or critical violations on " + currentPath() + " ("
                    + name + "):\n" + String.join("\n", violations));
        }
    }

    /** The serious and critical axe-core violations of the page as it is, one line each, at the named width. */
    private List<String> accessibilityViolations(String width) {
        List<String> lines = new ArrayList<>();
        for (Rule rule : new AxeBuilder().analyze(driver).getViolations()) {
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                lines.add("  [" + width + "] " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                        + " — " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")));
            }
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
