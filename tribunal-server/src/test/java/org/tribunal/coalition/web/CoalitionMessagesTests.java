package org.tribunal.coalition.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.tribunal.coalition.BodyKind;
import org.tribunal.coalition.InstrumentKind;
import org.tribunal.coalition.InstrumentStanding;
import org.tribunal.coalition.MembershipStatus;
import org.tribunal.coalition.ParticipationAct;
import org.tribunal.coalition.UnStatus;

/** Fails when a coalition message is missing in one language or a page uses a key no bundle has. */
class CoalitionMessagesTests {

  private static Properties bundle(String suffix) throws IOException {
    var p = new Properties();
    try (var in = new InputStreamReader(
        new ClassPathResource("messages/coalition" + suffix + ".properties").getInputStream(), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void everyLanguageHasTheSameKeys() throws IOException {
    var en = new TreeSet<>(bundle("").stringPropertyNames());

    assertThat(new TreeSet<>(bundle("_fr").stringPropertyNames())).isEqualTo(en);
    assertThat(new TreeSet<>(bundle("_uk").stringPropertyNames())).isEqualTo(en);
  }

  @Test
  void everyEnumValueShownOnPagesHasAMessage() throws IOException {
    var en = bundle("");
    Stream.of(MembershipStatus.values()).forEach(v -> assertThat(en).containsKey("coalition.status." + v));
    Stream.of(ParticipationAct.values()).forEach(v -> assertThat(en).containsKey("coalition.act." + v));
    Stream.of(BodyKind.values()).forEach(v -> assertThat(en).containsKey("coalition.kind." + v));
    Stream.of(InstrumentKind.values()).forEach(v -> assertThat(en).containsKey("coalition.instrumentKind." + v));
    Stream.of(UnStatus.values()).forEach(v -> assertThat(en).containsKey("coalition.un." + v));
    Stream.of(InstrumentStanding.Status.values())
        .forEach(v -> assertThat(en).containsKey("coalition.standing." + v));
  }

  @Test
  void everyLiteralKeyInTheTemplatesExists() throws IOException {
    var en = bundle("");
    Pattern key = Pattern.compile("#\\{(coalition\\.[A-Za-z.]+)}");
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/coalition"))) {
      for (Path file : files.toList()) {
        var matcher = key.matcher(Files.readString(file));
        while (matcher.find()) {
          assertThat(en).as(file.getFileName().toString()).containsKey(matcher.group(1));
        }
      }
    }
  }
}
