package org.tribunal.record.witness;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.note.NoteSignature;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.proof.ProofVerifier;

/**
 * A witness (c2sp.org/tlog-witness v1.0.0): for each log it trusts it keeps the latest checkpoint it
 * cosigned, and cosigns a new one only if the log signed it and a consistency proof links it to that
 * latest one. Thread-safe: the check and the update of a log's latest size are one atomic step, and
 * the new state is persisted (if a {@link WitnessState} store is given) before the answer.
 */
public final class Witness {

  /** The witness's answer: HTTP status, content type and body. */
  public record Answer(int status, String contentType, String body) {
    static Answer text(int status, String body) {
      return new Answer(status, "text/plain; charset=utf-8", body);
    }
  }

  /** Where a witness keeps its latest cosigned checkpoint per origin. */
  public interface WitnessState {
    /** Returns the latest cosigned checkpoint text per origin. */
    Map<String, String> load();

    /** Persists the latest cosigned checkpoint text of {@code origin}. */
    void save(String origin, String checkpointText);
  }

  private static final int MAX_PROOF = 63;

  private final NoteSigner cosigner;
  private final Map<String, NoteVerifier> logs = new HashMap<>();
  private final Map<String, Checkpoint> latest = new HashMap<>();
  private final WitnessState state;
  private final Clock clock;

  /**
   * Creates a witness.
   *
   * @param cosigner its cosignature key (type 0x04)
   * @param logs the logs it witnesses: their verifier keys, whose names are their origins
   * @param state where it persists what it cosigned
   * @param clock the clock for cosignature timestamps
   */
  public Witness(NoteSigner cosigner, List<NoteVerifier> logs, WitnessState state, Clock clock) {
    this.cosigner = Objects.requireNonNull(cosigner, "cosigner");
    this.state = state;
    this.clock = clock;
    for (NoteVerifier log : logs) {
      this.logs.put(log.name(), log);
    }
    state.load().forEach((origin, text) -> {
      try {
        latest.put(origin, Checkpoint.parse(text));
      } catch (MalformedInputException e) {
        throw new IllegalStateException("stored checkpoint for " + origin + " does not parse", e);
      }
    });
  }

  /** Returns a state kept in memory only. */
  public static WitnessState inMemory() {
    return new WitnessState() {
      @Override
      public Map<String, String> load() {
        return Map.of();
      }

      @Override
      public void save(String origin, String checkpointText) {}
    };
  }

  /** Returns the witness's name (its key's name). */
  public String name() {
    return cosigner.name();
  }

  /**
   * Handles one {@code add-checkpoint} request body.
   *
   * @param body the request body
   * @return the answer to send
   */
  public Answer addCheckpoint(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    int blank = text.indexOf("\n\n");
    if (!text.startsWith("old ") || blank < 0) {
      return Answer.text(400, "body must be: old <size>, proof lines, an empty line, a checkpoint\n");
    }
    String[] head = text.substring(0, blank).split("\n", -1);
    long old;
    try {
      old = Long.parseUnsignedLong(head[0].substring(4));
    } catch (NumberFormatException e) {
      return Answer.text(400, "old size is not a number\n");
    }
    if (head.length - 1 > MAX_PROOF) {
      return Answer.text(400, "too many proof lines\n");
    }
    List<Hash> proof = new ArrayList<>();
    for (int i = 1; i < head.length; i++) {
      try {
        byte[] hash = Base64.getDecoder().decode(head[i]);
        if (hash.length != Hash.SIZE) {
          return Answer.text(400, "proof line " + i + " is not a 32-byte hash\n");
        }
        proof.add(Hash.of(hash));
      } catch (IllegalArgumentException e) {
        return Answer.text(400, "proof line " + i + " is not base64\n");
      }
    }
    SignedCheckpoint checkpoint;
    try {
      checkpoint = SignedCheckpoint.parse(text.substring(blank + 2));
    } catch (MalformedInputException e) {
      return Answer.text(400, "checkpoint: " + e.getMessage() + "\n");
    }
    Checkpoint cp = checkpoint.checkpoint();
    NoteVerifier log = logs.get(cp.origin());
    if (log == null) {
      return Answer.text(404, "unknown log origin\n");
    }
    try {
      checkpoint.verify(log);
    } catch (VerificationException e) {
      return Answer.text(403, "checkpoint is not signed by the log's key\n");
    }
    if (Long.compareUnsigned(old, cp.size()) > 0) {
      return Answer.text(400, "old size is larger than the checkpoint's\n");
    }
    NoteSignature cosignature;
    synchronized (this) {
      Checkpoint known = latest.get(cp.origin());
      long knownSize = known == null ? 0 : known.size();
      if (old != knownSize) {
        return new Answer(409, "text/x.tlog.size", Long.toUnsignedString(knownSize) + "\n");
      }
      if (cp.size() == 0 && !cp.root().equals(Rfc6962.emptyRoot())) {
        return Answer.text(422, "an empty tree has the empty root\n");
      }
      if (old == 0 && !proof.isEmpty()) {
        return Answer.text(422, "a proof from size 0 must be empty\n");
      }
      Hash oldRoot = known == null ? Rfc6962.emptyRoot() : known.root();
      try {
        ProofVerifier.verifyConsistency(old, cp.size(), oldRoot, cp.root(), proof);
      } catch (VerificationException e) {
        return Answer.text(422, "consistency proof does not verify\n");
      }
      state.save(cp.origin(), cp.format());
      latest.put(cp.origin(), cp);
      cosignature = cosigner.cosign(checkpoint.note().text(), clock.instant().getEpochSecond());
    }
    return Answer.text(200, cosignature.line() + "\n");
  }
}
