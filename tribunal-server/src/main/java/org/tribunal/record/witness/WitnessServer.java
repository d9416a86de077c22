package org.tribunal.record.witness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.note.SignatureType;

/**
 * Serves a {@link Witness} over HTTP with the JDK's own server: {@code POST /add-checkpoint}. A state
 * that wants to witness the tribunal's log runs it with
 *
 * <pre>
 * java -cp tribunal-server.jar -Dloader.main=org.tribunal.record.witness.WitnessServer \
 *   org.springframework.boot.loader.launch.PropertiesLauncher \
 *   --port 8090 --name witness.example.org --key witness-key --state witness-state \
 *   --log 'tribunal.example.org+1234abcd+AX...'
 * </pre>
 *
 * The key file is created (0600) on first start; the verifier key to register with the tribunal is
 * logged at start.
 */
public final class WitnessServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WitnessServer.class);
  private static final int MAX_BODY = 1 << 20;

  private final HttpServer server;

  private WitnessServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts serving {@code handler} at {@code address}.
   *
   * @param address where to listen; port 0 picks a free port
   * @param handler turns a request body into the answer (normally {@link Witness#addCheckpoint})
   * @return the running server
   * @throws IOException if the address cannot be bound
   */
  public static WitnessServer start(InetSocketAddress address, Function<byte[], Witness.Answer> handler)
      throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    server.createContext("/add-checkpoint", exchange -> handle(exchange, handler));
    server.setExecutor(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "witness-http");
      t.setDaemon(true);
      return t;
    }));
    server.start();
    return new WitnessServer(server);
  }

  /** Returns the submission prefix to register: {@code http://host:port}. */
  public URI url() {
    InetSocketAddress at = server.getAddress();
    return URI.create("http://" + at.getHostString() + ":" + at.getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void handle(HttpExchange exchange, Function<byte[], Witness.Answer> handler) throws IOException {
    try (exchange) {
      Witness.Answer answer;
      if (!"POST".equals(exchange.getRequestMethod())) {
        answer = Witness.Answer.text(405, "POST only\n");
      } else {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
          body = in.readNBytes(MAX_BODY + 1);
        }
        answer = body.length > MAX_BODY ? Witness.Answer.text(413, "body too large\n") : handler.apply(body);
      }
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** A {@link Witness.WitnessState} in a directory: one file per origin, replaced atomically. */
  public static Witness.WitnessState directory(Path dir) {
    return new Witness.WitnessState() {
      @Override
      public Map<String, String> load() {
        Map<String, String> found = new HashMap<>();
        try {
          Files.createDirectories(dir);
          try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".checkpoint")).toList()) {
              String text = Files.readString(f, StandardCharsets.UTF_8);
              found.put(text.substring(0, text.indexOf('\n')), text);
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read witness state in " + dir, e);
        }
        return found;
      }

      @Override
      public void save(String origin, String checkpointText) {
        try {
          Path temporary = Files.createTempFile(dir, "checkpoint", ".tmp");
          Files.writeString(temporary, checkpointText, StandardCharsets.UTF_8);
          Files.move(temporary, dir.resolve(sha256Hex(origin) + ".checkpoint"),
              StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot persist witness state in " + dir, e);
        }
      }
    };
  }

  private static String sha256Hex(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs a witness: {@code --port <n> --name <witness name> --key <key file> --state <dir> --log
   * <log verifier key>} (repeat {@code --log} for several logs).
   *
   * @param args the options
   * @throws Exception if the witness cannot start
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    List<NoteVerifier> logs = new ArrayList<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--log")) {
        logs.add(NoteVerifier.parse(args[i + 1]));
      } else {
        options.put(args[i], args[i + 1]);
      }
    }
    if (logs.isEmpty() || !options.containsKey("--name")) {
      throw new IllegalArgumentException("usage: --port <n> --name <name> --key <file> --state <dir> --log <verifier key>");
    }
    NoteSigner key = loadOrCreateKey(Path.of(options.getOrDefault("--key", "witness-key")), options.get("--name"));
    Witness witness = new Witness(key, logs, directory(Path.of(options.getOrDefault("--state", "witness-state"))),
        Clock.systemUTC());
    WitnessServer server = start(new InetSocketAddress(Integer.parseInt(options.getOrDefault("--port", "8090"))),
        witness::addCheckpoint);
    log.info("Witness {} listening at {}; register its key: {}", witness.name(), server.url(), key.verifier().verifierKey());
  }

  private static NoteSigner loadOrCreateKey(Path file, String name) throws IOException, MalformedInputException {
    if (!Files.exists(file)) {
      NoteSigner fresh = NoteSigner.generate(name, SignatureType.COSIGNATURE_V1);
      Files.writeString(Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))), fresh.signerKey() + "\n");
    }
    return NoteSigner.parse(Files.readString(file).strip());
  }
}
