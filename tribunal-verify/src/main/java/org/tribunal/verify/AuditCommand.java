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

/**
 * {@code audit}: follows a tiled log (C2SP tlog-tiles) over HTTP or in a directory, verifies its
 * checkpoint, recomputes the root from every entry, checks the hash tiles and that the log only
 * grew since the last audit recorded in the state file.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Audits a tiled log (c2sp.org/tlog-tiles) at LOG, an http(s) URL prefix or a "
        + "directory: verifies <LOG>/checkpoint (log signature, and the witness policy with "
        + "--witness), reads every entry bundle, recomputes the root from the entries, checks "
        + "every hash tile against them and, with --state, that the log extends the tree the "
        + "previous audit verified. Only entries added since then are read. The state file is "
        + "updated (atomically) only when everything verifies.")
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LOG",
      description = "the log's URL prefix (https://host/log) or a directory with the same layout")
  String log;

  @Option(names = "--key", required = true, paramLabel = "VKEY",
      description = "the log's verifier key (name+keyid+base64) or a file holding it")
  String key;

  @Option(names = "--witness", paramLabel = "VKEY",
      description = "a witness verifier key or a file holding it (repeatable)")
  List<String> witnesses = new ArrayList<>();

  @Option(names = "--threshold", paramLabel = "K",
      description = "how many witnesses must cosign (default: all given)")
  Integer threshold;

  @Option(names = "--state", paramLabel = "FILE",
      description = "where to keep the last verified tree between runs; created if absent")
  Path stateFile;

  @Override
  public Integer call() {
    try {
      NoteVerifier logKey = Inputs.verifier(key);
      WitnessPolicy policy = Inputs.policy(witnesses, threshold);
      AuditState previous = stateFile == null
          ? AuditState.empty(logKey.name())
          : AuditState.load(stateFile, logKey.name());
      LogSource source = LogSource.open(log);
      byte[] checkpointBytes;
      try {
        checkpointBytes = source.read("checkpoint");
      } catch (LogSource.Missing e) {
        throw new CheckFailed("no checkpoint at " + source.describe() + ": " + e.getMessage(), e);
      }
      SignedCheckpoint signed;
      try {
        signed = SignedCheckpoint.parse(checkpointBytes);
      } catch (MalformedInputException e) {
        return Reports.doesNotVerify(spec, "malformed checkpoint: " + e.getMessage());
      }
      Checkpoint checkpoint = signed.verify(logKey);
      Witnessing witnessing = policy.require(signed);
      LogAudit.Outcome outcome = new LogAudit(source, checkpoint, previous).run();
      if (stateFile != null) {
        outcome.state().save(stateFile);
      }
      return Reports.verified(spec, summary(checkpoint, previous, outcome, witnessing));
    } catch (VerificationException e) {
      return Reports.doesNotVerify(spec, e.getMessage());
    } catch (CheckFailed e) {
      return Reports.couldNotCheck(spec, e.getMessage());
    }
  }

  private String summary(Checkpoint checkpoint, AuditState previous, LogAudit.Outcome outcome,
      Witnessing witnessing) {
    StringBuilder out = new StringBuilder()
        .append(checkpoint.origin()).append(" at tree size ").append(checkpoint.sizeString())
        .append(" (root ").append(checkpoint.root().toHex()).append("); ");
    if (previous.size() == 0) {
      out.append("root recomputed from all ").append(checkpoint.sizeString()).append(" entries");
    } else if (outcome.newEntries() == 0) {
      out.append("unchanged since the last audit");
    } else {
      out.append(Long.toUnsignedString(outcome.newEntries()))
          .append(" new entries extend the tree verified at size ")
          .append(Long.toUnsignedString(previous.size()));
    }
    out.append("; read ").append(outcome.bundlesRead()).append(" entry bundles and ")
        .append(outcome.tilesRead()).append(" hash tiles");
    if (!witnesses.isEmpty()) {
      out.append("; ").append(witnessing.reason());
    }
    if (stateFile != null) {
      out.append("; state saved to ").append(stateFile);
    }
    return out.toString();
  }
}
