package org.tribunal.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.checkpoint.WitnessPolicy;
import org.tribunal.merkle.checkpoint.Witnessing;
import org.tribunal.merkle.note.NoteVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verify-checkpoint}: checks a signed checkpoint and its witness cosignatures. */
@Command(
    name = "verify-checkpoint",
    mixinStandardHelpOptions = true,
    description = "Verifies a signed checkpoint (c2sp.org/tlog-checkpoint): the log signature "
        + "and, with --witness, a k-of-n witness policy over cosignature/v1 lines.")
final class VerifyCheckpointCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CHECKPOINT", description = "the signed checkpoint file")
  Path checkpointFile;

  @Option(names = "--key", required = true, paramLabel = "VKEY",
      description = "the log's verifier key (name+keyid+base64) or a file holding it")
  String key;

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
      SignedCheckpoint signed;
      try {
        signed = SignedCheckpoint.parse(Inputs.readBytes(checkpointFile));
      } catch (MalformedInputException e) {
        return Reports.doesNotVerify(spec, "malformed checkpoint: " + e.getMessage());
      }
      Checkpoint checkpoint = signed.verify(log);
      Witnessing witnessing = policy.require(signed);
      return Reports.verified(spec, checkpoint.origin() + " at tree size " + checkpoint.sizeString()
          + " (root " + checkpoint.root().toHex() + "); " + witnessing.reason());
    } catch (VerificationException e) {
      return Reports.doesNotVerify(spec, e.getMessage());
    } catch (CheckFailed e) {
      return Reports.couldNotCheck(spec, e.getMessage());
    }
  }
}
