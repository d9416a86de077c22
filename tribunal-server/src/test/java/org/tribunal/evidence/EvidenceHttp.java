package org.tribunal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the evidence API over real HTTP: streams multipart uploads without buffering them. */
public final class EvidenceHttp {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String base;
  private final String token;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public EvidenceHttp(String base, String token) {
    this.base = base;
    this.token = token;
  }

  /** An answer: status and JSON body. */
  public record Answer(int status, JsonNode body) {}

  /** Uploads the bytes {@code content} supplies as a multipart file part, with form fields. */
  public Answer upload(String fileName, Supplier<InputStream> content, Map<String, String> fields)
      throws IOException, InterruptedException {
    return uploadTo("/api/v1/evidence", fileName, content, fields);
  }

  /**
   * Files {@code bytes} as a public item submitted for Ukraine, checks the vault answered 201 Created
   * and returns the item.
   */
  public JsonNode filePublic(String fileName, byte[] bytes) throws IOException, InterruptedException {
    Answer answer = upload(fileName, () -> new ByteArrayInputStream(bytes),
        Map.of("classification", "PUBLIC", "submitterState", "UKR"));
    assertThat(answer.status()).isEqualTo(201);
    return answer.body().get("item");
  }

  /** Uploads a multipart file part to {@code path}. */
  public Answer uploadTo(String path, String fileName, Supplier<InputStream> content, Map<String, String> fields)
      throws IOException, InterruptedException {
    String boundary = "----tribunal" + UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
        .append(value).append("\r\n"));
    head.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
        .append("Content-Type: application/octet-stream\r\n\r\n");
    String tail = "\r\n--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.concat(
            HttpRequest.BodyPublishers.ofByteArray(head.toString().getBytes(StandardCharsets.UTF_8)),
            HttpRequest.BodyPublishers.ofInputStream(content),
            HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8))))
        .build();
    return answer(client.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  /**
   * Uploads the bytes {@code content} supplies as the raw body ({@code application/octet-stream},
   * chunked) with the form fields as query parameters: the vault's streaming intake.
   */
  public Answer uploadRaw(String fileName, Supplier<InputStream> content, Map<String, String> fields)
      throws IOException, InterruptedException {
    StringBuilder query = new StringBuilder("?originalFileName=").append(encode(fileName));
    fields.forEach((name, value) -> query.append('&').append(name).append('=').append(encode(value)));
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/evidence" + query))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofInputStream(content))
        .build();
    return answer(client.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public Answer get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token).GET().build();
    return answer(client.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  public Answer postJson(String path, String json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return answer(client.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  public HttpResponse<InputStream> postJsonForStream(String path, String json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
  }

  private static Answer answer(HttpResponse<String> response) {
    String body = response.body();
    return new Answer(response.statusCode(), body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
  }
}
