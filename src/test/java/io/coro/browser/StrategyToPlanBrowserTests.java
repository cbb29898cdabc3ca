package io.coro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.coro.support.Chromium;
import io.coro.support.CoroTest;
import io.coro.support.TestCompany;
import io.coro.workspace.WorkspaceRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From strategy to calendar, as people click it: a coordinator creates an objective and a content pillar and adds a
 * recurring slot; a member drafts the item the slot planned and submits it; the calendar shows it on its day, in
 * English and in Italian.
 */
@CoroTest
class StrategyToPlanBrowserTests {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @LocalServerPort
    int port;

    @Autowired
    TestCompany company;

    String coordinator;
    String member;
    WebDriver browser;

    @BeforeEach
    void company() {
        UUID workspace = company.workspace(
                "Forno Calendario " + UUID.randomUUID().toString().substring(0, 4));
        coordinator = company.person(workspace, WorkspaceRole.COORDINATOR);
        member = company.person(workspace, WorkspaceRole.MEMBER);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPillarAnObjectiveAndASlotBecomeAnItemTheTeamWritesOnItsDay() {
        LocalDate day = LocalDate.now(ROME).plusDays(2);
        browser = Chromium.start("en", 1280, 1000);

        // the coordinator: a pillar
        login(coordinator);
        browser.get(url("/strategy/edit"));
        type("pillars0.name", "Behind the scenes");
        type("pillars0.share", "40");
        type("pillars0.description", "The lab at dawn");
        click(By.xpath("//button[normalize-space()='Save as a new version']"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"), "version 1"));
        assertThat(browser.findElement(By.cssSelector(".pillars")).getText())
                .contains("Behind the scenes")
                .contains("40 %");

        // an objective, checked for achievability as it is filled in
        browser.get(url("/strategy/objectives/new"));
        type("name", "More families follow us");
        new Select(browser.findElement(By.id("kpi"))).selectByValue("FOLLOWERS");
        new Select(browser.findElement(By.id("channel"))).selectByValue("Instagram");
        type("baseline", "1000");
        setDate("baselineOn", LocalDate.now(ROME));
        type("target", "1100");
        setDate("deadline", LocalDate.now(ROME).plusMonths(6));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#achievability .badge"), "Achievable"));
        click(By.xpath("//button[normalize-space()='Create objective']"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#achievability .badge"), "Achievable"));
        Chromium.screenshot(browser, "strategy-objective-en");

        // a recurring slot on the day's weekday
        browser.get(url("/plan/slots"));
        click(By.cssSelector("input[name=weekdays][value='" + day.getDayOfWeek().getValue() + "']"));
        new Select(browser.findElement(By.id("slot-channel"))).selectByValue("Instagram");
        new Select(browser.findElement(By.id("slot-pillar"))).selectByVisibleText("Behind the scenes");
        type("slot-note", "Croissants at dawn");
        click(By.xpath("//button[normalize-space()='Add slot']"));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.ok")));
        Chromium.screenshot(browser, "strategy-slot-en");
        logout();

        // the member writes the planned item and sends it for review
        login(member);
        browser.get(url("/plan?date=" + day));
        eventOn(day, "Croissants at dawn").click();
        wait(ExpectedConditions.textToBe(By.cssSelector(".status-badge"), "Idea"));
        click(By.xpath("//button[normalize-space()='Start writing']"));
        wait(ExpectedConditions.textToBe(By.cssSelector(".status-badge"), "Draft"));
        browser.findElement(By.id("body")).sendKeys("Out of the oven at six: come early.");
        click(By.xpath("//button[normalize-space()='Save']"));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.ok")));
        click(By.xpath("//button[normalize-space()='Send for review']"));
        wait(ExpectedConditions.textToBe(By.cssSelector(".status-badge"), "In review"));

        browser.get(url("/plan?date=" + day));
        assertThat(eventOn(day, "Croissants at dawn").getAttribute("aria-label"))
                .contains("In review");
        Chromium.screenshot(browser, "strategy-to-plan-en");

        browser.findElement(By.cssSelector(".lang-switch button[value=it]")).click();
        wait(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "it"));
        browser.get(url("/plan?date=" + day));
        assertThat(eventOn(day, "Croissants at dawn").getAttribute("aria-label"))
                .contains("In revisione");
        Chromium.screenshot(browser, "strategy-to-plan-it");
    }

    WebElement eventOn(LocalDate date, String title) {
        By cell = By.cssSelector("td.fc-daygrid-day[data-date='" + date + "'] a.fc-event");
        wait(ExpectedConditions.presenceOfElementLocated(cell));
        return browser.findElements(cell).stream()
                .filter(e -> e.getText().contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError(title + " is not on " + date));
    }

    void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Date inputs take their value in the browser's own format when typed; set it as the form would send it. */
    void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "var f = document.getElementById(arguments[0]); f.value = arguments[1];"
                                + " f.dispatchEvent(new Event('change', {bubbles: true}));",
                        id,
                        date.toString());
    }

    void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    void login(String email) {
        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestCompany.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".topbar")));
    }

    void logout() {
        browser.findElement(By.cssSelector(".user-menu summary")).click();
        click(By.cssSelector(".user-menu form[action='/logout'] button"));
        wait(ExpectedConditions.urlContains("/login"));
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
