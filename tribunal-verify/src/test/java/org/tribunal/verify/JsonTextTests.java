package org.tribunal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTests {

  @Test
  void readsACustodyReportShape() {
    Object value = JsonText.parse("""
        { "chain" : [ {"sequence": 1, "commitment": "ab\\u0063", "logIndex": 42, "x": null, "ok": true},
                      {"sequence": 2, "logIndex": null, "reason": "a \\"quoted\\" \\\\ path/\\n"} ] }""");

    List<?> chain = (List<?>) ((Map<?, ?>) value).get("chain");
    Map<?, ?> first = (Map<?, ?>) chain.get(0);
    assertThat(first.get("sequence")).isEqualTo(new BigDecimal(1));
    assertThat(first.get("commitment")).isEqualTo("abc");
    assertThat(first.get("logIndex")).isEqualTo(new BigDecimal(42));
    assertThat(first.containsKey("x")).isTrue();
    assertThat(first.get("x")).isNull();
    assertThat(first.get("ok")).isEqualTo(Boolean.TRUE);
    assertThat(((Map<?, ?>) chain.get(1)).get("reason")).isEqualTo("a \"quoted\" \\ path/\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "{\"a\" 1}", "[1,]x", "{\"a\":1} trailing", "\"unterminated", "tru", "[1 2]",
      "{\"a\":\"\\q\"}", "-"})
  void rejectsWhatIsNotOneJsonValue(String text) {
    assertThatThrownBy(() -> JsonText.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNestingDeeperThanItsLimit() {
    assertThatThrownBy(() -> JsonText.parse("[".repeat(100) + "]".repeat(100)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deeply");
  }
}
