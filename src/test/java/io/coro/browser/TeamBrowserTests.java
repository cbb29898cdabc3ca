package io.coro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.coro.support.Chromium;
import io.coro.support.CoroTest;
import io.coro.support.TestCompany;
import io.coro.team.TeamFixture;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A coordinator edits a member's competences and autonomy; the inventory shows it; a member cannot do it. */
@CoroTest
class TeamBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TeamFixture fixture;

    TeamFixture.Built team;
    WebDriver browser;

    @BeforeEach
    void team() {
        team = fixture.gelateria();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCoordinatorEditsSkillsAndAutonomyAndTheInventoryShowsIt() {
        browser = Chromium.start("it", 1280, 900);
        login(team.email("anna"));

        browser.get(url("/team"));
        browser.findElement(By.linkText("Dario")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("skills")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("it");

        // raise a level that exists
        new Select(browser.findElement(By.id("level-delivery"))).selectByValue("5");
        WebElement evidence = browser.findElement(By.id("evidence-delivery"));
        evidence.clear();
        evidence.sendKeys("Ha organizzato le consegne di Ferragosto");
        evidence.submit();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#skills .alert.ok"), "livello"));

        // record a new one
        new Select(browser.findElement(By.id("add-competence"))).selectByVisibleText("Video");
        new Select(browser.findElement(By.id("add-level"))).selectByValue("3");
        browser.findElement(By.id("add-evidence")).sendKeys("Reel dei gusti estivi");
        browser.findElement(By.id("add-evidence")).submit();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("level-video")));

        // and the autonomy, with a reason
        new Select(browser.findElement(By.id("autonomy-level"))).selectByValue("AUTONOMOUS");
        browser.findElement(By.id("autonomy-reason")).sendKeys("Risponde bene ai turisti da un anno");
        browser.findElement(By.id("autonomy-reason")).submit();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("autonomy-levels"), "Autonomo"));
        assertThat(browser.findElement(By.cssSelector("#autonomy .changes")).getText())
                .contains("Risponde bene ai turisti da un anno");
        Chromium.screenshot(browser, "team-member-it");

        browser.get(url("/team/inventory"));
        assertThat(cell("delivery", team.email("dario"))).isEqualTo("5");
        assertThat(cell("video", team.email("dario"))).isEqualTo("3");
        Chromium.screenshot(browser, "team-inventory-it");
    }

    @Test
    void aMemberSeesTheInventoryButNoEditingForms() {
        browser = Chromium.start("en", 1280, 900);
        login(team.email("bruno"));

        browser.get(url("/team/inventory"));
        assertThat(cell("gelato", team.email("bruno"))).isEqualTo("5");

        browser.get(url("/team"));
        browser.findElement(By.linkText("Dario")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("skills")));
        assertThat(browser.findElements(By.id("level-delivery"))).isEmpty();
        assertThat(browser.findElements(By.id("autonomy-level"))).isEmpty();
        assertThat(browser.findElements(By.id("add-competence"))).isEmpty();

        // on their own page they may propose a skill, not set it
        browser.get(url("/team"));
        browser.findElement(By.linkText("Bruno")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("propose-competence")));
        assertThat(browser.findElements(By.id("add-competence"))).isEmpty();
        Chromium.screenshot(browser, "team-member-self-en");
    }

    @Test
    void whoCanAnswerUpdatesAsThePersonTypes() {
        browser = Chromium.start("en", 1280, 900);
        login(team.email("anna"));
        browser.get(url("/team"));

        browser.findElement(By.id("q")).sendKeys("Is the pistachio gelato gluten free?");

        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#candidates .candidate")));
        WebElement first = browser.findElement(By.cssSelector("#candidates .candidate"));
        assertThat(first.findElement(By.cssSelector(".name")).getText()).isEqualTo("Bruno");
        assertThat(first.findElement(By.cssSelector(".reason")).getText())
                .contains("Gelato and flavours 5/5")
                .contains("does not speak English")
                .contains("1 of 6 open");
        Chromium.screenshot(browser, "team-search-en");
    }

    String cell(String skill, String email) {
        return browser.findElement(
                        By.cssSelector("#matrix tr[data-skill='" + skill + "'] td[data-person='" + email + "']"))
                .getText();
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
