package org.tribunal.record.checkpoint;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.checkpoint.WitnessPolicy;
import org.tribunal.merkle.checkpoint.Witnessing;
import org.tribunal.merkle.proof.ConsistencyProof;
import org.tribunal.record.config.RecordProperties;
import org.tribunal.record.log.LogStore;
import org.tribunal.record.log.Sequencer;
import org.tribunal.record.log.TreeHead;
import org.tribunal.record.witness.RegisteredWitness;
import org.tribunal.record.witness.WitnessClient;
import org.tribunal.record.witness.WitnessRegistry;

/**
 * Signs a checkpoint when the tree has grown, at most once per {@code checkpoint-interval}, on the
 * sequencer's leader only. Before signing it proves, from the stored tiles, that the new tree is
 * consistent with the last checkpoint it signed, so the log never signs a fork. It then collects
 * cosignatures and publishes the checkpoint if the witness policy is met; an unpublished checkpoint
 * is offered to the witnesses again until it is, or a newer one replaces it.
 */
@Component
public class CheckpointPublisher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CheckpointPublisher.class);
  private static final Duration RETRY_WITNESSES = Duration.ofSeconds(5);

  private final LogStore tree;
  private final CheckpointStore checkpoints;
  private final LogSigningKey key;
  private final Sequencer sequencer;
  private final WitnessRegistry witnesses;
  private final WitnessClient client;
  private final Duration interval;
  private final Clock clock = Clock.systemUTC();
  private @Nullable ScheduledExecutorService timer;
  private Instant lastWitnessRound = Instant.EPOCH;

  CheckpointPublisher(
      LogStore log,
      CheckpointStore checkpoints,
      LogSigningKey key,
      Sequencer sequencer,
      WitnessRegistry witnesses,
      WitnessClient client,
      RecordProperties properties) {
    this.tree = log;
    this.checkpoints = checkpoints;
    this.key = key;
    this.sequencer = sequencer;
    this.witnesses = witnesses;
    this.client = client;
    this.interval = properties.checkpointInterval();
  }

  @Override
  public void start() {
    ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "record-checkpoints");
      thread.setDaemon(true);
      return thread;
    });
    t.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    timer = t;
  }

  @Override
  public void stop() {
    ScheduledExecutorService t = timer;
    if (t != null) {
      t.shutdownNow();
      timer = null;
    }
  }

  @Override
  public boolean isRunning() {
    return timer != null;
  }

  private void tick() {
    try {
      if (sequencer.isLeader()) {
        publish();
      }
    } catch (RuntimeException e) {
      log.warn("Publishing a checkpoint failed: {}", e.toString());
    }
  }

  /**
   * Signs and stores a checkpoint for the current tree if it grew since the last one, or offers the
   * last unpublished one to the witnesses again.
   *
   * @return the checkpoint signed or re-offered, empty if there was nothing to do
   */
  public synchronized Optional<StoredCheckpoint> publish() {
    TreeHead head = tree.head();
    Optional<StoredCheckpoint> last = checkpoints.latest();
    if (last.isPresent() && last.get().size() >= head.size()) {
      if (last.get().size() > head.size()) {
        log.error("The tree ({}) is smaller than the last checkpoint ({}); refusing to sign", head.size(), last.get().size());
        return Optional.empty();
      }
      if (!last.get().published() && clock.instant().isAfter(lastWitnessRound.plus(RETRY_WITNESSES))) {
        return Optional.of(offerAgain(last.get()));
      }
      return Optional.empty();
    }
    if (last.isPresent() && !consistent(last.get(), head)) {
      return Optional.empty();
    }
    SignedCheckpoint signed = SignedCheckpoint.sign(Checkpoint.of(key.origin(), head.size(), head.root()), key.signer());
    Witnessed witnessed = witness(signed);
    StoredCheckpoint stored =
        new StoredCheckpoint(head.size(), head.root(), witnessed.checkpoint().format(), witnessed.published(), clock.instant());
    checkpoints.insert(stored);
    return Optional.of(stored);
  }

  private StoredCheckpoint offerAgain(StoredCheckpoint last) {
    try {
      Witnessed witnessed = witness(SignedCheckpoint.parse(last.note()));
      checkpoints.update(last.size(), witnessed.checkpoint().format(), witnessed.published());
      return new StoredCheckpoint(last.size(), last.root(), witnessed.checkpoint().format(), witnessed.published(), last.signedAt());
    } catch (org.tribunal.merkle.MalformedInputException e) {
      throw new IllegalStateException("stored checkpoint " + last.size() + " does not parse", e);
    }
  }

  private record Witnessed(SignedCheckpoint checkpoint, boolean published) {}

  private Witnessed witness(SignedCheckpoint signed) {
    lastWitnessRound = clock.instant();
    List<RegisteredWitness> active = witnesses.active();
    WitnessPolicy policy = witnesses.policy();
    if (active.isEmpty()) {
      return new Witnessed(signed, true);
    }
    SignedCheckpoint cosigned = client.collect(signed, active);
    Witnessing outcome = policy.evaluate(cosigned);
    if (!outcome.witnessed()) {
      log.warn("Checkpoint {} is not published yet: {}", signed.checkpoint().size(), outcome.reason());
    }
    return new Witnessed(cosigned, outcome.witnessed());
  }

  private boolean consistent(StoredCheckpoint last, TreeHead head) {
    try {
      ConsistencyProof.generate(last.size(), head.size(), tree.nodes(head.size())).verify(last.root(), head.root());
      return true;
    } catch (VerificationException | IOException | RuntimeException e) {
      log.error("The tree of size {} is not consistent with checkpoint {}; refusing to sign: {}",
          head.size(), last.size(), e.toString());
      return false;
    }
  }
}
