package org.tribunal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for browser tests (Debian packages {@code chromium} and {@code
 * chromium-driver}), started with a fresh profile and no background networking.
 */
public final class Browser {

  private Browser() {}

  /**
   * Starts a new headless Chromium. The caller quits it.
   *
   * @param javascript whether pages run scripts; pages must also work without
   * @return the driver
   */
  public static WebDriver start(boolean javascript) {
    Path profile;
    try {
      profile = Files.createTempDirectory("tribunal-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("tribunal.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    if (!javascript) {
      options.addArguments("--blink-settings=scriptEnabled=false");
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(System.getProperty("tribunal.chromedriver", "/usr/bin/chromedriver")).toFile())
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    return driver;
  }

  /** Starts a headless Chromium with JavaScript on. */
  public static WebDriver start() {
    return start(true);
  }
}
