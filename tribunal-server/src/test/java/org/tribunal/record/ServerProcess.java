package org.tribunal.record;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.tribunal.TribunalApplication;

/**
 * The Tribunal server in its own JVM, started from this test's classpath (without the test classes)
 * against a given database, and killed with SIGKILL: no shutdown hook, no graceful stop.
 */
public final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts a server.
   *
   * @param jdbcUrl the database (user postgres, no password)
   * @param dataDir its data directory (the log key lives there unless a key path is given)
   * @param properties extra {@code --name=value} arguments
   * @param log where its output goes
   */
  public static ServerProcess start(String jdbcUrl, Path dataDir, Map<String, String> properties, Path log)
      throws IOException {
    return start(jdbcUrl, dataDir, properties, log, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
  }

  /**
   * Starts a server with the given JVM options instead of the tests' (small heap, quick start-up).
   *
   * @param jvmOptions options for its {@code java} command, e.g. {@code -Xmx512m}
   */
  public static ServerProcess start(String jdbcUrl, Path dataDir, Map<String, String> properties, Path log,
      List<String> jvmOptions) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of(
        "-cp", classpath(),
        TribunalApplication.class.getName(),
        "--server.port=" + port,
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        "--tribunal.data-dir=" + dataDir,
        "--tribunal.demo=false",
        "--spring.main.banner-mode=off",
        "--spring.jmx.enabled=false"));
    properties.forEach((k, v) -> command.add("--" + k + "=" + v));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return new ServerProcess(process, port);
  }

  /** Returns {@code http://localhost:<port>}. */
  public String url() {
    return "http://localhost:" + port;
  }

  /** Returns an HTTP view of its log. */
  public HttpLog log() {
    return new HttpLog(url());
  }

  /** Waits until the server answers the log API. */
  public ServerProcess awaitReady(Duration atMost) {
    await().atMost(atMost).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited with " + process.exitValue());
      }
      return log().get("/api/v1/record/log").statusCode() == 200;
    });
    return this;
  }

  /** Returns whether this instance says it is the sequencer. */
  public boolean isSequencing() {
    try {
      return log().text("/api/v1/record/log").contains("\"sequencing\":true");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Returns the server's thread dump ({@code jcmd Thread.print}), or why there is none, for failure
   * messages.
   */
  public String threadDump() {
    if (!process.isAlive()) {
      return "the server is not running (exit " + process.exitValue() + ")";
    }
    try {
      Process jcmd = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).start();
      String dump = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      jcmd.waitFor();
      return dump;
    } catch (IOException e) {
      return "no thread dump: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "no thread dump: interrupted";
    }
  }

  /** Kills the process with SIGKILL and waits until it is gone. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    kill();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** This JVM's classpath, expanded from a manifest-only jar if need be, minus test classes. */
  static String classpath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar") && entry.contains("surefire")) {
        entries.addAll(manifestClassPath(entry));
      } else {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator,
        entries.stream().filter(e -> !e.replace('\\', '/').matches(".*/test-classes/?$")).toList());
  }

  private static List<String> manifestClassPath(String jar) {
    try (JarFile file = new JarFile(jar)) {
      Manifest manifest = file.getManifest();
      String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
      if (classPath == null) {
        return List.of(jar);
      }
      List<String> out = new ArrayList<>();
      for (String url : classPath.trim().split("\\s+")) {
        out.add(url.startsWith("file:")
            ? Path.of(new URI(url)).toString()
            : Path.of(jar).getParent().resolve(url).toString());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
