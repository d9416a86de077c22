package org.tribunal.positions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tribunal.support.Browser;
import org.tribunal.support.IntegrationTest;

/** Open a text, see the map, click a state on it, land on that state's stance timeline. */
@IntegrationTest
class PositionsPagesBrowserIT {

  @LocalServerPort int port;
  WebDriver browser;

  @BeforeEach
  void start() {
    browser = Browser.start();
  }

  @AfterEach
  void stop() {
    browser.quit();
  }

  @Test
  void clickingAStateOnTheMapOpensItsTimeline() {
    browser.get("http://localhost:" + port + "/positions/texts/A-RES-ES-11-1?lang=en");
    assertThat(browser.findElement(By.id("official-tally")).getText()).contains("141-5-35");
    WebElement map = browser.findElement(By.id("positions-map"));
    Awaitility.await().atMost(Duration.ofSeconds(20))
        .until(() -> "true".equals(map.getAttribute("data-ready")));
    assertThat(map.findElements(By.tagName("canvas"))).isNotEmpty();

    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", map);
    @SuppressWarnings("unchecked")
    List<Number> pixel = (List<Number>) ((JavascriptExecutor) browser).executeScript(
        "return window.positionsMap.convertToPixel({seriesIndex: 0}, [-100, 40]);");
    int x = pixel.get(0).intValue() - map.getSize().getWidth() / 2;
    int y = pixel.get(1).intValue() - map.getSize().getHeight() / 2;
    new Actions(browser).moveToElement(map, x, y).click().perform();

    Awaitility.await().atMost(Duration.ofSeconds(10))
        .until(() -> browser.getCurrentUrl().contains("/positions/states/USA"));
    assertThat(browser.findElement(By.id("state-heading")).getText()).isEqualTo("USA");
    assertThat(browser.findElement(By.id("current-stance")).getText()).isEqualTo("OPPOSES");
  }

  @Test
  void textPageIsReadableWithoutJavaScriptAndLinksToStates() {
    WebDriver plain = Browser.start(false);
    try {
      plain.get("http://localhost:" + port + "/positions/texts/A-RES-ES-11-1?lang=fr");
      // the table is long: on a busy machine the browser may still be parsing it when get() returns
      Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
          .untilAsserted(() -> assertThat(plain.findElements(By.cssSelector("a.state-link"))).hasSize(193));
      plain.findElement(By.linkText("UKR")).click();
      assertThat(plain.getCurrentUrl()).contains("/positions/states/UKR");
      assertThat(plain.findElement(By.id("current-stance")).getText()).isEqualTo("SUPPORTS");
    } finally {
      plain.quit();
    }
  }
}
