package org.tribunal.record;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An offline receipt for one log entry: the c2sp.org/tlog-proof text that proves the entry is
 * included in a published checkpoint, exactly as the receipt download
 * ({@code /api/v1/record/receipts}) serves it. It carries the logged entry itself, so anyone holding
 * the log's verifier key can check it alone, without contacting the tribunal ({@code tribunal-verify
 * verify-receipt}, or merkle-log's {@code Receipt.parse(text)}).
 *
 * <pre>
 * c2sp.org/tlog-proof@v1
 * extra &lt;base64 of the logged entry's canonical JSON&gt;
 * index &lt;log index&gt;
 * &lt;base64 inclusion-proof hash&gt;     (zero or more, leaf sibling first)
 *
 * &lt;signed checkpoint note with the log signature and its cosignatures&gt;
 * </pre>
 *
 * <p>Immutable.
 *
 * @param index the entry's log index
 * @param treeSize the size of the checkpoint the proof leads to (greater than {@code index})
 * @param text the receipt, UTF-8 text ending in a newline
 */
public record LogReceipt(long index, long treeSize, String text) {

  /** The file extension c2sp.org/tlog-proof recommends, with its dot. */
  public static final String FILE_EXTENSION = ".tlog-proof";

  /** The media type the receipt download uses. */
  public static final String MEDIA_TYPE = "text/plain; charset=utf-8";

  /**
   * Checks the receipt's coordinates.
   *
   * @throws IllegalArgumentException if the index is negative or not below the tree size
   */
  public LogReceipt {
    Objects.requireNonNull(text, "text");
    if (index < 0 || treeSize <= index) {
      throw new IllegalArgumentException("a receipt's index must be in [0, " + treeSize + "), got " + index);
    }
  }

  /** Returns the receipt's bytes in UTF-8, as a file would hold them. */
  public byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
