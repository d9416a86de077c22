package org.tribunal.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.proof.ProofVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code consistency}: checks that a newer checkpoint extends an older one. */
@Command(
    name = "consistency",
    mixinStandardHelpOptions = true,
    description = "Verifies that NEW extends OLD: both checkpoints are signed by the log and the "
        + "RFC 9162 consistency proof (one base64 hash per line, as in tlog-witness) leads from "
        + "the old root to the new one.")
final class ConsistencyCommand implements Callable<Integer> {

  /** The longest consistency proof a 64-bit tree can need, with room for the RFC's extra hash. */
  private static final int MAX_PROOF_LINES = 64;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "the older signed checkpoint")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "the newer signed checkpoint")
  Path newFile;

  @Parameters(index = "2", paramLabel = "PROOF", description = "the consistency proof file")
  Path proofFile;

  @Option(names = "--key", required = true, paramLabel = "VKEY",
      description = "the log's verifier key (name+keyid+base64) or a file holding it")
  String key;

  @Override
  public Integer call() {
    try {
      NoteVerifier log = Inputs.verifier(key);
      byte[] oldBytes = Inputs.readBytes(oldFile);
      byte[] newBytes = Inputs.readBytes(newFile);
      String proofText = Inputs.read(proofFile);
      Checkpoint older;
      Checkpoint newer;
      List<Hash> proof;
      try {
        older = SignedCheckpoint.parse(oldBytes).verify(log);
        newer = SignedCheckpoint.parse(newBytes).verify(log);
        proof = parseProof(proofText);
      } catch (MalformedInputException e) {
        return Reports.doesNotVerify(spec, e.getMessage());
      }
      ProofVerifier.verifyConsistency(older.size(), newer.size(), older.root(), newer.root(), proof);
      return Reports.verified(spec, older.origin() + " tree size " + older.sizeString()
          + " is a prefix of tree size " + newer.sizeString());
    } catch (VerificationException e) {
      return Reports.doesNotVerify(spec, e.getMessage());
    } catch (CheckFailed e) {
      return Reports.couldNotCheck(spec, e.getMessage());
    }
  }

  static List<Hash> parseProof(String text) throws MalformedInputException {
    List<Hash> proof = new ArrayList<>();
    List<String> lines = text.lines().toList();
    if (lines.size() > MAX_PROOF_LINES) {
      throw new MalformedInputException("consistency proof has more than " + MAX_PROOF_LINES + " lines");
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(line);
      } catch (IllegalArgumentException e) {
        throw new MalformedInputException("consistency proof line " + (i + 1) + ": not base64", e);
      }
      if (bytes.length != Hash.SIZE || !Base64.getEncoder().encodeToString(bytes).equals(line)) {
        throw new MalformedInputException(
            "consistency proof line " + (i + 1) + ": not the canonical base64 of 32 bytes");
      }
      proof.add(Hash.of(bytes));
    }
    return proof;
  }
}
