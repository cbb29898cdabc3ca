package io.coro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.coro.plan.PlanFixture;
import io.coro.plan.internal.SlotPlanner;
import io.coro.support.Chromium;
import io.coro.support.CoroTest;
import io.coro.support.TestCompany;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A member finds an idea a recurring slot planned, writes it and sends it for review; the calendar shows it on its day,
 * in English and in Italian, with FullCalendar's styles working under Coro's CSP.
 */
@CoroTest
class PlanBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    PlanFixture fixture;

    @Autowired
    SlotPlanner planner;

    PlanFixture.Bakery bakery;
    LocalDate day;
    WebDriver browser;

    @BeforeEach
    void bakeryWithASlot() {
        bakery = fixture.bakery("Forno " + UUID.randomUUID());
        day = LocalDate.now(PlanFixture.ROME).plusDays(3);
        planner.save(
                PlanFixture.as(bakery.coordinator()),
                null,
                EnumSet.of(day.getDayOfWeek()),
                LocalTime.of(10, 0),
                1,
                LocalDate.now(PlanFixture.ROME),
                "Instagram",
                bakery.pillarId(),
                "Croissants at dawn",
                true);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMemberDraftsAPlannedItemFromASlotAndSubmitsItAndTheCalendarShowsItInBothLanguages() {
        browser = Chromium.start("en", 1280, 1000);
        login(bakery.memberEmail());
        browser.get(url("/plan?date=" + day));
        WebElement event = eventOn(day, "Croissants at dawn");
        assertStylesApplied();
        Chromium.screenshot(browser, "plan-calendar-en");
        event.click();

        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".status-badge")));
        assertThat(browser.findElement(By.cssSelector(".status-badge")).getText())
                .isEqualTo("Idea");
        click(By.xpath("//button[normalize-space()='Start writing']"));
        wait(ExpectedConditions.textToBe(By.cssSelector(".status-badge"), "Draft"));
        browser.findElement(By.id("body")).sendKeys("Out of the oven at six: come early.");
        click(By.xpath("//button[normalize-space()='Save']"));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.ok")));
        Chromium.screenshot(browser, "plan-item-en");
        click(By.xpath("//button[normalize-space()='Send for review']"));
        wait(ExpectedConditions.textToBe(By.cssSelector(".status-badge"), "In review"));

        browser.get(url("/plan?date=" + day));
        assertThat(eventOn(day, "Croissants at dawn").getAttribute("aria-label"))
                .contains("In review");

        // the same in Italian
        browser.findElement(By.cssSelector(".lang-switch button[value=it]")).click();
        wait(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "it"));
        browser.get(url("/plan?date=" + day));
        WebElement italian = eventOn(day, "Croissants at dawn");
        assertThat(italian.getAttribute("aria-label")).contains("In revisione");
        String title = browser.findElement(By.cssSelector(".fc-toolbar-title")).getText();
        assertThat(title.toLowerCase()).contains(monthInItalian(day));
        assertStylesApplied();
        Chromium.screenshot(browser, "plan-calendar-it");
        italian.click();
        wait(ExpectedConditions.textToBe(By.cssSelector(".status-badge"), "In revisione"));
        Chromium.screenshot(browser, "plan-item-it");
    }

    @Test
    void onAPhoneTheCalendarIsAListThatFitsTheScreen() {
        browser = Chromium.start("it", 390, 844);
        login(bakery.memberEmail());
        browser.get(url("/plan?date=" + day));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-list-event")));
        long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0);
        Chromium.screenshot(browser, "plan-calendar-phone-it");
    }

    /** The event in the cell of its day (month view), once the calendar has loaded it. */
    WebElement eventOn(LocalDate date, String title) {
        By cell = By.cssSelector("td.fc-daygrid-day[data-date='" + date + "'] a.fc-event");
        wait(ExpectedConditions.presenceOfElementLocated(cell));
        return browser.findElements(cell).stream()
                .filter(e -> e.getText().contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError(title + " is not on " + date));
    }

    /** FullCalendar injects its stylesheet at runtime: without the CSP nonce the toolbar would not be laid out. */
    void assertStylesApplied() {
        Object display = ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(document.querySelector('.fc-header-toolbar')).display;");
        assertThat(display).isEqualTo("flex");
    }

    static String monthInItalian(LocalDate date) {
        return date.getMonth()
                .getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.ITALIAN)
                .toLowerCase();
    }

    /** As a person would: scrolled into the middle of the screen, clear of the sticky top bar. */
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
