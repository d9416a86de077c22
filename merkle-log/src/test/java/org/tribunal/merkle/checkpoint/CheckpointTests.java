package org.tribunal.merkle.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.hash.Hash;

class CheckpointTests {

  static final String ROOT = "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=";

  @Test
  void carriesSizesAboveTwoToTheSixtyThree() throws Exception {
    Checkpoint checkpoint = Checkpoint.parse("example.com/log\n18446744073709551615\n" + ROOT + "\n");

    assertThat(checkpoint.size()).isEqualTo(-1L);
    assertThat(checkpoint.sizeString()).isEqualTo("18446744073709551615");
    assertThat(checkpoint.format()).contains("\n18446744073709551615\n");
  }

  @Test
  void keepsExtensionLines() throws Exception {
    Checkpoint checkpoint = Checkpoint.parse("o\n0\n" + ROOT + "\next one\nExt two\n");

    assertThat(checkpoint.extensions()).containsExactly("ext one", "Ext two");
    assertThat(checkpoint.format()).isEqualTo("o\n0\n" + ROOT + "\next one\nExt two\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "two lines|o\\n1\\n|has 2 lines",
    "no final newline|o\\n1\\nROOT|newline",
    "empty origin|\\n1\\nROOT\\n|line 1: origin is empty",
    "leading zero|o\\n01\\nROOT\\n|leading zero",
    "plus sign|o\\n+1\\nROOT\\n|line 2",
    "negative|o\\n-1\\nROOT\\n|line 2",
    "too big|o\\n18446744073709551616\\nROOT\\n|exceeds",
    "short root|o\\n1\\nAAAA\\n|3 bytes",
    "unpadded root|o\\n1\\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg\\n|line 3",
    "url-safe root|o\\n1\\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz-Nw7_RgQyg=\\n|line 3",
    "empty extension|o\\n1\\nROOT\\n\\nx\\n|line 4: extension line is empty",
    "carriage return|o\\r\\n1\\nROOT\\n|U+000D",
  })
  void rejectsMalformedCheckpoints(String name, String text, String reason) {
    String input = text.replace("\\n", "\n").replace("\\r", "\r").replace("ROOT", ROOT);

    assertThatThrownBy(() -> Checkpoint.parse(input))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void refusesToBuildACheckpointThatCouldNotBeParsed() {
    Hash root = Hash.of(new byte[32]);

    assertThatThrownBy(() -> Checkpoint.of("", 1, root)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("o", 1, root, List.of("a\nb")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
