package org.tribunal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.UserManagement;
import org.tribunal.access.CreatedUser;
import org.tribunal.access.Role;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;
import org.tribunal.support.Browser;
import org.tribunal.support.IntegrationTest;

/**
 * The secretariat records a meeting with attendance and an outcome and attaches a restricted note; a
 * delegation of another state without clearance cannot find the note anywhere; the access audit shows
 * each read of the note and an administrator exports it as CSV.
 */
@IntegrationTest
class MeetingsBrowserIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired UserManagement users;
  @Autowired JdbcClient jdbc;

  private WebDriver browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void quitBrowser() {
    browser.quit();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void signIn(CreatedUser user) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(user.user().username());
    browser.findElement(By.id("password")).sendKeys(user.password());
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).isTrue();
  }

  private void signOut() {
    browser.get(url("/meetings"));
    browser.findElement(By.id("sign-out")).click();
  }

  private void fill(String id, String value) {
    WebElement field = browser.findElement(By.id(id));
    if ("date".equals(field.getAttribute("type"))) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, value);
    } else {
      field.clear();
      field.sendKeys(value);
    }
  }

  @Test
  void aRestrictedNoteOnARecordedMeetingStaysInvisibleToAnUnclearedDelegationAndEveryReadIsAudited()
      throws Exception {
    AccessFixtures fixtures = AccessFixtures.in(context);
    CreatedUser clerk = fixtures.user(Role.SECRETARIAT);
    users.grantClearance(clerk.user().username(), Classification.RESTRICTED, Set.of());
    CreatedUser france = fixtures.user(Role.DELEGATION, StateCode.of("FRA"));

    // the secretariat records a held meeting
    signIn(clerk);
    browser.get(url("/meetings"));
    browser.findElement(By.id("new-meeting")).click();
    fill("bodyId", "CORE_GROUP");
    fill("number", "42");
    fill("place", "Vilnius, Lithuania");
    fill("startDate", "2026-05-13");
    new Select(browser.findElement(By.id("status"))).selectByValue("HELD");
    fill("sourceTitle", "Browser test source");
    browser.findElement(By.id("save-meeting")).click();
    assertThat(browser.findElement(By.id("meeting-title")).getText()).contains("CORE_GROUP #42");
    String meetingUrl = browser.getCurrentUrl();

    // with attendance
    fill("att-state", "UKR");
    fill("att-delegation", "Head of the Presidential Office");
    new Select(browser.findElement(By.id("att-level"))).selectByValue("MINISTER");
    new Select(browser.findElement(By.id("att-presence"))).selectByValue("PRESENT");
    fill("att-sourceTitle", "Delegation list");
    browser.findElement(By.id("add-attendance")).click();
    assertThat(browser.findElement(By.id("attendance")).getText()).contains("UKR", "Head of the Presidential Office");

    // and an outcome
    new Select(browser.findElement(By.id("out-kind"))).selectByValue("DECISION");
    fill("out-summary", "Roadmap to the final meeting agreed");
    fill("out-sourceTitle", "Chair's summary");
    browser.findElement(By.id("add-outcome")).click();
    assertThat(browser.findElement(By.id("outcomes")).getText()).contains("Roadmap to the final meeting agreed");

    // and attaches a restricted note
    browser.findElement(By.id("attach-note")).click();
    fill("authorState", "LTU");
    fill("addressees", "CORE_GROUP");
    fill("date", "2026-05-14");
    fill("subject", "Vilnius follow-up zebra");
    fill("text", "Restricted follow-up to the Vilnius meeting.");
    new Select(browser.findElement(By.id("classification"))).selectByValue("RESTRICTED");
    browser.findElement(By.id("save-note")).click();
    assertThat(browser.findElement(By.id("note-subject")).getText()).isEqualTo("Vilnius follow-up zebra");
    assertThat(browser.findElement(By.id("note-marking")).getText()).contains("RESTRICTED");
    String noteUrl = browser.getCurrentUrl();
    String noteId = noteUrl.substring(noteUrl.lastIndexOf('/') + 1);
    browser.get(meetingUrl);
    assertThat(browser.findElement(By.id("meeting-notes")).getText()).contains("Vilnius follow-up zebra");
    signOut();

    // a delegation of another state, without clearance, cannot find it
    signIn(france);
    browser.get(url("/notes?q=zebra"));
    assertThat(browser.findElement(By.id("note-count")).getText()).startsWith("0");
    assertThat(browser.getPageSource()).doesNotContain("Vilnius follow-up zebra").doesNotContain(noteId);
    browser.get(meetingUrl);
    assertThat(browser.findElement(By.id("attendance")).getText()).contains("UKR");
    assertThat(browser.findElement(By.id("meeting-notes")).getText()).doesNotContain("zebra");
    assertThat(browser.getPageSource()).doesNotContain(noteId);
    browser.get(noteUrl);
    assertThat(browser.getPageSource()).doesNotContain("zebra").doesNotContain("Restricted follow-up");
    browser.get(url("/notes/" + java.util.UUID.randomUUID()));
    String missingPage = browser.findElement(By.tagName("main")).getText();
    browser.get(noteUrl);
    assertThat(browser.findElement(By.tagName("main")).getText()).isEqualTo(missingPage);
    signOut();

    // the audit has the secretariat's reads of the note, none by the delegation
    List<String> reads = jdbc.sql("SELECT username FROM access.audit_entry WHERE action = 'READ' AND object_ref = ?")
        .param("meetings/note/" + noteId).query(String.class).list();
    assertThat(reads).isNotEmpty().containsOnly(clerk.user().username());

    // the administrator sees them on the audit page and exports them as CSV
    CreatedUser admin = fixtures.user(Role.ADMIN);
    signIn(admin);
    browser.get(url("/access/audit?action=READ"));
    assertThat(browser.getPageSource()).contains("meetings/note/" + noteId);
    HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/api/v1/access/audit?format=csv&action=READ")))
            .header("Authorization", AccessFixtures.bearer(fixtures.tokenFor(admin.user().username()))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body().lines().filter(l -> l.contains("meetings/note/" + noteId)))
        .hasSize(reads.size())
        .allSatisfy(line -> assertThat(line).contains("," + clerk.user().username() + ",READ,"));
  }
}
