package org.tribunal.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.WitnessPolicy;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.receipt.Receipt;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code verify-receipt}: checks a c2sp.org/tlog-proof receipt against the log's key. */
@Command(
    name = "verify-receipt",
    mixinStandardHelpOptions = true,
    description = "Verifies a receipt (c2sp.org/tlog-proof): the log signature, the witness "
        + "policy and the inclusion proof of the entry. By default the entry is the one the "
        + "receipt carries in its extra line.")
final class VerifyReceiptCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RECEIPT", description = "the .tlog-proof file")
  Path receiptFile;

  @Option(names = "--key", required = true, paramLabel = "VKEY",
      description = "the log's verifier key (name+keyid+base64) or a file holding it")
  String key;

  @ArgGroup(exclusive = true)
  EntrySource entry;

  static final class EntrySource {
    @Option(names = "--entry", paramLabel = "FILE", description = "the entry bytes to check")
    Path file;

    @Option(names = "--leaf-hash", paramLabel = "HEX", description = "the RFC 6962 leaf hash to check")
    String leafHash;
  }

  @Option(names = "--witness", paramLabel = "VKEY",
      description = "a witness verifier key or a file holding it (repeatable)")
  List<String> witnesses = new ArrayList<>();

  @Option(names = "--threshold", paramLabel = "K",
      description = "how many witnesses must cosign (default: all given)")
  Integer threshold;

  @Override
  public Integer call() {
    try {
      NoteVerifier log = Inputs.verifier(key);
      WitnessPolicy policy = Inputs.policy(witnesses, threshold);
      String text = Inputs.read(receiptFile);
      Receipt receipt;
      try {
        receipt = Receipt.parse(text);
      } catch (MalformedInputException e) {
        return Reports.doesNotVerify(spec, "malformed receipt: " + e.getMessage());
      }
      Checkpoint checkpoint;
      if (entry != null && entry.file != null) {
        checkpoint = receipt.verifyEntry(log, policy, Inputs.readBytes(entry.file));
      } else if (entry != null && entry.leafHash != null) {
        checkpoint = receipt.verify(log, policy, leafHash(entry.leafHash));
      } else {
        checkpoint = receipt.verifyCarriedEntry(log, policy);
      }
      return Reports.verified(spec, "entry " + Long.toUnsignedString(receipt.index())
          + " is in " + checkpoint.origin() + " at tree size " + checkpoint.sizeString()
          + " (root " + checkpoint.root().toHex() + ")");
    } catch (VerificationException e) {
      return Reports.doesNotVerify(spec, e.getMessage());
    } catch (CheckFailed e) {
      return Reports.couldNotCheck(spec, e.getMessage());
    }
  }

  private static Hash leafHash(String hex) throws CheckFailed {
    try {
      return Hash.of(HexFormat.of().parseHex(hex));
    } catch (IllegalArgumentException e) {
      throw new CheckFailed("--leaf-hash must be 64 hex digits", e);
    }
  }
}
