package org.tribunal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribunal.merkle.note.NoteSigner;

/**
 * Audits a tile directory served by the JDK's HTTP server under {@code /log}, the way a tiled log
 * serves it (C2SP tlog-tiles): 404 for what it does not have, entry bundles gzip-compressed.
 */
class AuditOverHttpTests {

  static final NoteSigner KEY = NoteSigner.generate("tribunal.example/log");

  @TempDir Path tmp;
  TiledLog log;
  HttpServer server;
  String base;
  final AtomicInteger requests = new AtomicInteger();
  StringWriter out;
  StringWriter err;

  @BeforeEach
  void start() throws IOException {
    log = new TiledLog(Files.createDirectory(tmp.resolve("log")), KEY);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/log/", this::serve);
    server.start();
    base = "http://localhost:" + server.getAddress().getPort() + "/log";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void serve(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String path = exchange.getRequestURI().getPath().substring("/log/".length());
    Path file = log.dir.resolve(path).normalize();
    if (!file.startsWith(log.dir) || !Files.isRegularFile(file)) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    byte[] body = Files.readAllBytes(file);
    if (path.startsWith("tile/entries/")) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
        gzip.write(body);
      }
      body = zipped.toByteArray();
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    exchange.getResponseHeaders().set("Content-Type",
        path.equals("checkpoint") ? "text/plain; charset=utf-8" : "application/octet-stream");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Test
  void auditsALogOverHttpAndThenOnlyItsNewEntries() {
    Path state = tmp.resolve("state");
    log.grow(600).publish();

    assertThat(run("audit", "--key", KEY.verifier().verifierKey(), "--state", state.toString(), base))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("at tree size 600").contains("read 3 entry bundles and 4 hash tiles");
    // checkpoint, 3 bundles, 3 level-0 tiles, 1 level-1 tile
    assertThat(requests).hasValue(8);

    log.grow(10).publish();
    requests.set(0);
    assertThat(run("audit", "--key", KEY.verifier().verifierKey(), "--state", state.toString(), base + "/"))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("10 new entries extend the tree verified at size 600");
    assertThat(requests).hasValue(3); // checkpoint, bundle 2 and tile 0/2; tile 1/0 keeps width 2
  }

  @Test
  void aTamperedBundleServedOverHttpDoesNotVerify() throws IOException {
    log.grow(300).publish();
    log.flip("tile/entries/000", 5);

    assertThat(run("audit", "--key", KEY.verifier().verifierKey(), base)).isEqualTo(1);
    assertThat(err.toString()).startsWith("DOES NOT VERIFY:");
  }

  @Test
  void aLogWithoutACheckpointOrAnUnreachableOneCannotBeChecked() throws IOException {
    assertThat(run("audit", "--key", KEY.verifier().verifierKey(), base)).isEqualTo(2);
    assertThat(err.toString()).startsWith("COULD NOT CHECK: no checkpoint at " + base + "/");

    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    assertThat(run("audit", "--key", KEY.verifier().verifierKey(), "http://127.0.0.1:" + closedPort + "/log"))
        .isEqualTo(2);
    assertThat(err.toString()).startsWith("COULD NOT CHECK:");
  }

  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    var commandLine = TribunalVerify.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }
}
