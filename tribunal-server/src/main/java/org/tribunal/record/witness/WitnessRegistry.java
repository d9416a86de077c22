package org.tribunal.record.witness;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.checkpoint.WitnessPolicy;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.note.SignatureType;

/**
 * The witnesses the log talks to and how many must cosign (k of n), in {@code record.witness} and
 * {@code record.witness_policy}. Registrars and administrators change them through the API.
 */
@Service
public class WitnessRegistry {

  private final JdbcClient jdbc;
  private final Clock clock = Clock.systemUTC();

  WitnessRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Registers a witness, or reactivates and updates one with the same key.
   *
   * @param verifierKey its cosignature verifier key, {@code <name>+<id>+<base64(0x04 ‖ key)>}
   * @param url its submission prefix
   * @param stateCode the state that runs it, if any
   * @param by who registers it
   * @return the witness
   * @throws InvalidWitnessException if the key or URL is not acceptable or the name is taken
   */
  @Transactional
  public RegisteredWitness register(
      @Nullable String verifierKey, @Nullable String url, @Nullable String stateCode, String by) {
    if (verifierKey == null) {
      throw InvalidWitnessException.badKey("verifierKey is missing");
    }
    if (url == null) {
      throw InvalidWitnessException.badUrl("");
    }
    NoteVerifier verifier;
    try {
      verifier = NoteVerifier.parse(verifierKey.strip());
    } catch (MalformedInputException e) {
      throw InvalidWitnessException.badKey(e.getMessage());
    }
    if (verifier.type() != SignatureType.COSIGNATURE_V1) {
      throw InvalidWitnessException.badKey("its type is " + verifier.type() + ", not a timestamped cosignature (0x04)");
    }
    String cleanUrl = url.strip().replaceAll("/+$", "");
    try {
      URI uri = URI.create(cleanUrl);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        throw InvalidWitnessException.badUrl(url);
      }
    } catch (IllegalArgumentException e) {
      throw InvalidWitnessException.badUrl(url);
    }
    String existingKey = jdbc.sql("SELECT verifier_key FROM record.witness WHERE name = :n")
        .param("n", verifier.name()).query(String.class).optional().orElse(null);
    if (existingKey != null && !existingKey.equals(verifier.verifierKey())) {
      throw InvalidWitnessException.nameTaken(verifier.name());
    }
    jdbc.sql(
            """
            INSERT INTO record.witness (name, verifier_key, url, state_code, active, registered_by, registered_at)
            VALUES (:n, :k, :u, :s, TRUE, :by, :at)
            ON CONFLICT (name) DO UPDATE SET url = EXCLUDED.url, state_code = EXCLUDED.state_code, active = TRUE,
              registered_by = EXCLUDED.registered_by, registered_at = EXCLUDED.registered_at
            """)
        .param("n", verifier.name())
        .param("k", verifier.verifierKey())
        .param("u", cleanUrl)
        .param("s", stateCode)
        .param("by", by)
        .param("at", Timestamp.from(clock.instant()))
        .update();
    return get(verifier.name());
  }

  /**
   * Stops sending checkpoints to a witness and stops counting it for the policy.
   *
   * @throws UnknownWitnessException if no such witness is registered
   * @throws InvalidWitnessException if the quorum would then exceed the active witnesses
   */
  @Transactional
  public void deactivate(String name, String by) {
    int changed = jdbc.sql("UPDATE record.witness SET active = FALSE WHERE name = :n").param("n", name).update();
    if (changed == 0) {
      throw UnknownWitnessException.named(name);
    }
    int quorum = quorum();
    int active = active().size();
    if (quorum > active) {
      throw InvalidWitnessException.quorumTooLarge(quorum, active);
    }
  }

  /**
   * Sets how many active witnesses must cosign a checkpoint before it is published.
   *
   * @throws InvalidWitnessException if there are fewer active witnesses
   */
  @Transactional
  public void setQuorum(int quorum, String by) {
    int active = active().size();
    if (quorum < 0 || quorum > active) {
      throw InvalidWitnessException.quorumTooLarge(quorum, active);
    }
    jdbc.sql("UPDATE record.witness_policy SET quorum = :q, updated_by = :by, updated_at = :at")
        .param("q", quorum).param("by", by).param("at", Timestamp.from(clock.instant())).update();
  }

  /** Returns the witness named {@code name}. */
  @Transactional(readOnly = true)
  public RegisteredWitness get(String name) {
    return all().stream().filter(w -> w.name().equals(name)).findFirst()
        .orElseThrow(() -> UnknownWitnessException.named(name));
  }

  /** Lists every registered witness, active or not, by name. */
  @Transactional(readOnly = true)
  public List<RegisteredWitness> all() {
    return jdbc.sql(
            "SELECT name, verifier_key, url, state_code, active, registered_by, registered_at FROM record.witness ORDER BY name")
        .query((rs, n) -> {
          try {
            return new RegisteredWitness(
                rs.getString(1), NoteVerifier.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getBoolean(5), rs.getString(6), rs.getTimestamp(7).toInstant());
          } catch (MalformedInputException e) {
            throw new IllegalStateException("stored witness key of " + rs.getString(1) + " does not parse", e);
          }
        })
        .list();
  }

  /** Lists the active witnesses. */
  @Transactional(readOnly = true)
  public List<RegisteredWitness> active() {
    return all().stream().filter(RegisteredWitness::active).toList();
  }

  /** Returns how many active witnesses must cosign. */
  @Transactional(readOnly = true)
  public int quorum() {
    return jdbc.sql("SELECT quorum FROM record.witness_policy").query(Integer.class).single();
  }

  /** Returns the policy: the active witnesses' keys and the quorum. */
  @Transactional(readOnly = true)
  public WitnessPolicy policy() {
    List<NoteVerifier> keys = active().stream().map(RegisteredWitness::verifier).toList();
    return WitnessPolicy.of(keys, Math.min(quorum(), keys.size()));
  }
}
