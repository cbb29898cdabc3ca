package io.coro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.coro.support.Chromium;
import io.coro.support.CoroTest;
import io.coro.support.TestCompany;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The path a new company walks in a real browser: setup, log in, the dashboard; in Italian and in English. */
@CoroTest
class FirstStartBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestCompany company;

    WebDriver browser;

    @BeforeEach
    void freshInstallation() {
        company.wipe();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void setupLoginAndDashboardInItalian() {
        browser = Chromium.start("it", 1280, 900);

        walkFirstStart("Pasticceria Aurora", "Giulia Ferri", "giulia@aurora.example", "it");

        assertThat(lang()).isEqualTo("it");
        assertThat(text(".topbar h1")).isEqualTo("Bacheca");
        assertThat(text(".hero h2")).isEqualTo("Benvenuto, Giulia Ferri");
        assertThat(text(".workspace-box .name")).isEqualTo("Pasticceria Aurora");
        assertThat(text(".workspace-box .role")).isEqualTo("Titolare");
        assertThat(browser.findElements(By.cssSelector(".nav a")))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Bacheca",
                        "Obiettivi e strategia",
                        "Piano editoriale",
                        "Canali",
                        "Messaggi",
                        "Contatti",
                        "Squadra",
                        "Regole e controllo",
                        "Andamento",
                        "Impostazioni");
        Chromium.screenshot(browser, "dashboard-it");
    }

    @Test
    void setupLoginAndDashboardInEnglish() {
        browser = Chromium.start("en", 1280, 900);

        walkFirstStart("Corner Bakery", "Ben Baker", "ben@corner.example", "en");

        assertThat(lang()).isEqualTo("en");
        assertThat(text(".topbar h1")).isEqualTo("Dashboard");
        assertThat(text(".hero h2")).isEqualTo("Welcome, Ben Baker");
        assertThat(text(".workspace-box .role")).isEqualTo("Owner");
        Chromium.screenshot(browser, "dashboard-en");

        // a section still to come says what it will hold
        browser.findElement(By.linkText("Insights")).click();
        assertThat(text(".topbar h1")).isEqualTo("Insights");
        assertThat(browser.findElements(By.cssSelector(".checklist li"))).hasSize(4);
        // the team is there already
        browser.findElement(By.linkText("Team")).click();
        assertThat(text("label[for=q]")).isEqualTo("Who can answer this?");
    }

    @Test
    void theSetupFormShowsWhatIsWrongAndKeepsWhatWasTyped() {
        browser = Chromium.start("en", 1280, 900);
        browser.get(url("/"));
        wait(ExpectedConditions.urlContains("/setup"));

        browser.findElement(By.id("companyName")).sendKeys("<b>Bold</b> Bakery");
        browser.findElement(By.id("email")).sendKeys("not-an-address");
        browser.findElement(By.id("password")).sendKeys("short");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait(ExpectedConditions.visibilityOfElementLocated(By.id("companyName-error")));
        assertThat(text("#companyName-error")).startsWith("Use plain text");
        assertThat(text("#ownerName-error")).isEqualTo("Please fill in this field.");
        assertThat(text("#email-error")).startsWith("Enter a valid e-mail address");
        assertThat(text("#password-error")).isEqualTo("Use at least 10 characters.");
        assertThat(browser.findElement(By.id("companyName")).getAttribute("value"))
                .isEqualTo("<b>Bold</b> Bakery");
        Chromium.screenshot(browser, "setup-errors-en");
    }

    @Test
    void onAPhoneTheMenuOpensFromTheTopBarAndClosesWithEscape() {
        browser = Chromium.start("en", 390, 844);
        walkFirstStart("Tiny Bakery", "Tina Tiny", "tina@tiny.example", "en");

        WebElement settings = browser.findElement(By.cssSelector(".nav a[href='/settings']"));
        assertThat(settings.isDisplayed()).isFalse();

        WebElement menu = browser.findElement(By.cssSelector(".nav-toggle"));
        menu.click();
        wait(ExpectedConditions.visibilityOf(settings));
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        Chromium.screenshot(browser, "phone-menu-en");

        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait(ExpectedConditions.invisibilityOf(settings));
    }

    void walkFirstStart(String company, String name, String email, String language) {
        browser.get(url("/"));
        wait(ExpectedConditions.urlContains("/setup"));
        assertThat(lang()).isEqualTo(language);
        Chromium.screenshot(browser, "setup-" + language);

        type("companyName", company);
        new Select(browser.findElement(By.id("language"))).selectByValue(language);
        new Select(browser.findElement(By.id("timeZone"))).selectByValue("Europe/Rome");
        type("ownerName", name);
        type("email", email);
        type("password", "una frase lunga e segreta");
        type("passwordConfirmation", "una frase lunga e segreta");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait(ExpectedConditions.urlContains("/login"));
        assertThat(text(".alert.ok")).isNotBlank();
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
        Chromium.screenshot(browser, "login-" + language);
        type("password", "una frase lunga e segreta");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hero")));
    }

    void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    String lang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                // a page that reloads (the language switch) replaces the element being looked at
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }
}
