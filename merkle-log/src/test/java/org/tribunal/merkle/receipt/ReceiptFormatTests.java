package org.tribunal.merkle.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.hash.Hash;

/** The tlog-proof vector of tlog.md §9 and malformed variants of it. */
class ReceiptFormatTests {

  static final String CHECKPOINT = "example.com/log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n"
      + "\u2014 example.com/log b4GakzEYS6zZdWYqAVaY4QagmX08wvxZ37q5rIgIcQDyC7FOroWHEPKVUjNMeOl7ncfxT9b95acsFcNm7pIqdhWD/wg=\n"
      + "\u2014 witness.example.com/w1 6G90YQAAAABlU/EA90BO7P+f0j4fhhilXUFhZ+7A8EXbgkZ8UAZQlKkI4egBfq2AVUiGCLN2cGujwwkGr/ZGtDrfElvQR/m+lYlfAA==\n";
  static final String PROOF_LINES = "vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms=\n"
      + "yoVOoSjtBQtBs1/8G4e46yveRh6eO1WW7Oa51ZdaCuA=\n"
      + "037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc=\n";
  static final String RECEIPT = "c2sp.org/tlog-proof@v1\nindex 5\n" + PROOF_LINES + "\n" + CHECKPOINT;

  @Test
  void parsesTheTlogProofVectorForIndexFive() throws Exception {
    Receipt receipt = Receipt.parse(RECEIPT);

    assertThat(receipt.index()).isEqualTo(5);
    assertThat(receipt.extra()).isEmpty();
    assertThat(receipt.proof()).containsExactly(
        Hash.ofHex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
        Hash.ofHex("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
        Hash.ofHex("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));
    assertThat(receipt.checkpoint().checkpoint().size()).isEqualTo(8);
    assertThat(receipt.format()).isEqualTo(RECEIPT);
  }

  @Test
  void carriesExtraDataAndAnEmptyProof() throws Exception {
    String text = "c2sp.org/tlog-proof@v1\nextra aGVsbG8=\nindex 0\n\n" + CHECKPOINT;

    Receipt receipt = Receipt.parse(text);

    assertThat(new String(receipt.extra(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("hello");
    assertThat(receipt.proof()).isEmpty();
    assertThat(receipt.format()).isEqualTo(text);
  }

  @Test
  void carriesIndexesAboveTwoToTheSixtyThree() throws Exception {
    Receipt receipt = Receipt.parse("c2sp.org/tlog-proof@v1\nindex 18446744073709551615\n\n" + CHECKPOINT);

    assertThat(receipt.index()).isEqualTo(-1L);
    assertThat(receipt.format()).contains("index 18446744073709551615\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "wrong header|c2sp.org/tlog-proof@v2\\nindex 5\\n\\nCP|line 1",
    "no index|c2sp.org/tlog-proof@v1\\n\\nCP|line 2: expected \"index <n>\"",
    "index after proof|c2sp.org/tlog-proof@v1\\nvBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms=\\nindex 5\\n\\nCP|line 2",
    "leading zero|c2sp.org/tlog-proof@v1\\nindex 05\\n\\nCP|leading zero",
    "negative index|c2sp.org/tlog-proof@v1\\nindex -5\\n\\nCP|line 2: index",
    "index overflow|c2sp.org/tlog-proof@v1\\nindex 18446744073709551616\\n\\nCP|exceeds",
    "empty extra|c2sp.org/tlog-proof@v1\\nextra \\nindex 5\\n\\nCP|line 2",
    "bad extra|c2sp.org/tlog-proof@v1\\nextra a*==\\nindex 5\\n\\nCP|line 2",
    "short hash|c2sp.org/tlog-proof@v1\\nindex 5\\nAAAA\\n\\nCP|line 3: proof hash is 3 bytes",
    "bad hash|c2sp.org/tlog-proof@v1\\nindex 5\\nnot base64\\n\\nCP|line 3",
    "no blank line|c2sp.org/tlog-proof@v1\\nindex 5\\n|no empty line",
    "bad checkpoint|c2sp.org/tlog-proof@v1\\nindex 5\\n\\nexample.com/log\\n|receipt checkpoint",
  })
  void rejectsMalformedReceipts(String name, String text, String reason) {
    String input = text.replace("\\n", "\n").replace("CP", CHECKPOINT);

    assertThatThrownBy(() -> Receipt.parse(input))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void rejectsMoreProofLinesThanAnyTreeNeeds() {
    String input = "c2sp.org/tlog-proof@v1\nindex 5\n"
        + "vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms=\n".repeat(65) + "\n" + CHECKPOINT;

    assertThatThrownBy(() -> Receipt.parse(input))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("at most 64");
    assertThatThrownBy(() -> Receipt.of(0, java.util.Collections.nCopies(65, Hash.of(new byte[32])),
            Receipt.parse(RECEIPT).checkpoint()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
