package org.tribunal.coalition.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.CreatedUser;
import org.tribunal.access.Role;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tribunal.support.Browser;
import org.tribunal.support.IntegrationTest;

/** The coalition pages (public reading, and the secretariat's form after a real login) in a real headless Chromium, with and without JavaScript. */
@IntegrationTest
class CoalitionPagesBrowserIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  private WebDriver browser;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @ParameterizedTest(name = "javascript={0}")
  @ValueSource(booleans = {true, false})
  void picksADateAndSeesTheMembersOfThatDay(boolean javascript) {
    browser = Browser.start(javascript);
    browser.get(url("/bodies/ICPA?asOf=2024-01-01"));
    assertThat(browser.findElements(By.cssSelector("#members-table tr[data-party='USA']"))).hasSize(1);

    WebElement input = browser.findElement(By.id("asOf"));
    input.sendKeys("04012025");
    browser.findElement(By.cssSelector("form.as-of button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBe(By.id("members-date"), "2025-04-01"));
    assertThat(browser.findElements(By.cssSelector("#members-table tr[data-party='USA']"))).isEmpty();
    assertThat(browser.findElement(By.id("members-count")).getText()).isEqualTo("6");
  }

  @Test
  void secretariatLogsInAddsAMembershipAndSeesItOnTheBodysPageInEveryLanguage() {
    CreatedUser clerk = AccessFixtures.in(context).user(Role.SECRETARIAT);
    browser = Browser.start();
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(clerk.user().username());
    browser.findElement(By.id("password")).sendKeys(clerk.password());
    browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

    browser.get(url("/bodies/EPA_TRIBUNAL"));
    new Select(browser.findElement(By.id("state"))).selectByValue("JPN");
    browser.findElement(By.id("from")).sendKeys("11032025");
    new Select(browser.findElement(By.id("status"))).selectByValue("PARTICIPANT");
    browser.findElement(By.id("sourceTitle")).sendKeys("Notification of joining (test)");
    browser.findElement(By.id("sourceUrl")).sendKeys("https://example.org/jp");
    browser.findElement(By.id("unconfirmed")).click();
    browser.findElement(By.id("add-membership-submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("asOf=2025-11-03"));
    WebElement row = browser.findElement(By.cssSelector("#members-table tr[data-party='JPN']"));
    assertThat(row.getText()).contains("Japan").contains("participant").contains("unconfirmed");

    browser.findElement(By.id("lang-uk")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Члени станом на"));
    assertThat(browser.findElement(By.cssSelector("#members-table tr[data-party='JPN']")).getText())
        .contains("Японія").contains("учасник").contains("не підтверджено");

    browser.findElement(By.id("lang-fr")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Membres au"));
    assertThat(browser.findElement(By.cssSelector("#members-table tr[data-party='JPN']")).getText())
        .contains("Japon").contains("participant").contains("non confirmé");
  }

  @Test
  void switchesLanguageAndKeepsTheUnconfirmedBadge() {
    browser = Browser.start();
    browser.get(url("/bodies/CORE_GROUP?asOf=2024-06-01"));
    assertThat(browser.findElement(By.tagName("h2")).getText()).startsWith("Members as of");

    browser.findElement(By.id("lang-fr")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Membres au"));
    assertThat(browser.findElements(By.cssSelector(".badge.unconfirmed"))).isNotEmpty()
        .allSatisfy(b -> assertThat(b.getText()).isEqualTo("non confirmé"));

    browser.findElement(By.id("lang-uk")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Члени станом на"));
    assertThat(browser.findElement(By.cssSelector("#members-table")).getText()).contains("Україна");
  }
}
