package org.tribunal.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

/**
 * Where {@code audit} reads a tiled log: a base URL or a directory laid out as C2SP tlog-tiles
 * ({@code checkpoint}, {@code tile/<L>/<N>[.p/<W>]}, {@code tile/entries/<N>[.p/<W>]}).
 */
interface LogSource {

  /**
   * Returns the resource at {@code path}, relative to the log's prefix.
   *
   * @param path e.g. {@code checkpoint} or {@code tile/0/x001/000.p/7}
   * @return its bytes
   * @throws Missing if the log does not have it (HTTP 404, no such file)
   * @throws CheckFailed if it cannot be read at all
   */
  byte[] read(String path) throws Missing, CheckFailed;

  /** Describes the source for messages. */
  String describe();

  /** A resource the log does not serve. */
  final class Missing extends Exception {
    private static final long serialVersionUID = 1L;

    Missing(String message) {
      super(message);
    }
  }

  /**
   * Opens {@code location}: an {@code http://} or {@code https://} URL, or a directory.
   *
   * @throws CheckFailed if it is neither a URL nor an existing directory
   */
  static LogSource open(String location) throws CheckFailed {
    if (location.startsWith("http://") || location.startsWith("https://")) {
      try {
        URI base = new URI(location.endsWith("/") ? location : location + "/");
        return new Http(base);
      } catch (URISyntaxException e) {
        throw new CheckFailed("bad log URL " + location + ": " + e.getMessage(), e);
      }
    }
    Path dir = Path.of(location);
    if (!Files.isDirectory(dir)) {
      throw new CheckFailed("no such log directory: " + location);
    }
    return new Directory(dir);
  }

  /** A log laid out on disk. */
  record Directory(Path root) implements LogSource {

    @Override
    public byte[] read(String path) throws Missing, CheckFailed {
      Path file = root.resolve(path);
      try {
        return Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        throw new Missing("no " + file);
      } catch (IOException e) {
        throw new CheckFailed("cannot read " + file + ": " + e.getMessage(), e);
      }
    }

    @Override
    public String describe() {
      return root.toString();
    }
  }

  /** A log served over HTTP(S); entry bundles may come gzip-compressed (tlog-tiles allows it). */
  final class Http implements LogSource {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The largest thing a tiled log serves: a full bundle of 256 entries of 65,535 bytes. */
    private static final int MAX_RESOURCE_BYTES = 256 * (2 + 0xFFFF);

    private final URI base;
    private final HttpClient client;

    Http(URI base) {
      this.base = base;
      this.client = HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
    }

    @Override
    public byte[] read(String path) throws Missing, CheckFailed {
      URI uri = base.resolve(path);
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
      HttpResponse<byte[]> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (ConnectException e) {
        throw new CheckFailed("cannot connect to " + uri, e);
      } catch (HttpTimeoutException e) {
        throw new CheckFailed("no answer from " + uri + " within " + TIMEOUT.toSeconds() + " s", e);
      } catch (IOException e) {
        throw new CheckFailed("cannot fetch " + uri + ": " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CheckFailed("interrupted while fetching " + uri, e);
      }
      if (response.statusCode() == 404 || response.statusCode() == 410) {
        throw new Missing(uri + " answered " + response.statusCode());
      }
      if (response.statusCode() != 200) {
        throw new CheckFailed(uri + " answered HTTP " + response.statusCode());
      }
      boolean gzip = response.headers().firstValue("Content-Encoding")
          .map(v -> v.trim().equalsIgnoreCase("gzip")).orElse(false);
      return gzip ? gunzip(uri, response.body()) : response.body();
    }

    private static byte[] gunzip(URI uri, byte[] body) throws CheckFailed {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        byte[] out = in.readNBytes(MAX_RESOURCE_BYTES + 1);
        if (out.length > MAX_RESOURCE_BYTES) {
          throw new CheckFailed(uri + " unzips to more than a full entry bundle can hold");
        }
        return out;
      } catch (IOException e) {
        throw new CheckFailed(uri + " sent a body that is not valid gzip: " + e.getMessage(), e);
      }
    }

    @Override
    public String describe() {
      return base.toString();
    }
  }
}
