package org.tribunal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tribunal.support.IntegrationTest;

/** The server's ground: migrations per module, problem details for every API error. */
@IntegrationTest
class PlatformIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void migratesEachModuleWithItsOwnHistory() {
    var tables =
        jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'flyway_history_%'")
            .query(String.class)
            .list();
    assertThat(tables).contains("flyway_history_root");
    assertThat(
            jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'event_publication'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void answersUnknownApiPathsWithANotFoundProblem() throws Exception {
    HttpResponse<String> response = get("/api/v1/no-such-thing");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":404").contains("/problems/");
  }

  @Test
  void refusesOversizedApiBodiesBeforeReadingThem() throws Exception {
    byte[] big = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/anything"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(big))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("payload-too-large").contains("limit");
  }

  @Test
  void answersACutOffMultipartUploadWithABadRequestProblem() throws Exception {
    String cutOff = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\npartial bytes";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/evidence"))
            .header("Content-Type", "multipart/form-data; boundary=b")
            .POST(HttpRequest.BodyPublishers.ofString(cutOff))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("/problems/unreadable-upload").contains("Nothing was kept");
  }

  @Test
  void servesTheFrontPageInEachLanguage() throws Exception {
    assertThat(get("/?lang=en").body()).contains("System of record");
    assertThat(get("/?lang=fr").body()).contains("Registre du Tribunal spécial");
    assertThat(get("/?lang=uk").body()).contains("Реєстр Спеціального трибуналу");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
