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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tribunal.support.Browser;
import org.tribunal.support.IntegrationTest;

/** The public coalition pages in a real headless Chromium, with and without JavaScript. */
@IntegrationTest
class CoalitionPagesBrowserIT {

  @LocalServerPort int port;

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
