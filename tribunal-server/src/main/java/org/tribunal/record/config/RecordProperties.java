package org.tribunal.record.config;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public record, {@code tribunal.record.*}.
 *
 * @param origin the log's origin line and signing key name: a bare host name (and optional path),
 *     no scheme, e.g. {@code tribunal.example.org}
 * @param signingKeyPath a file holding the log's signer key ({@code PRIVATE+KEY+...}); when unset
 *     the key lives in {@code ${tribunal.data-dir}/record/log-key} and is generated on first start
 * @param sequencer how the sequencer batches
 * @param checkpointInterval the least time between two signed checkpoints
 * @param witnessTimeout how long to wait for one witness's cosignature
 */
@ConfigurationProperties("tribunal.record")
public record RecordProperties(
    @DefaultValue("tribunal.localhost") String origin,
    @Nullable Path signingKeyPath,
    @DefaultValue Sequencer sequencer,
    @DefaultValue("1s") Duration checkpointInterval,
    @DefaultValue("2s") Duration witnessTimeout) {

  /**
   * Sequencer settings.
   *
   * @param enabled whether this instance takes part in leader election and sequences
   * @param batchSize most entries in one batch; each batch is one transaction with a fixed number of
   *     round trips, so larger batches cost fewer round trips and commits per entry, while the
   *     sequencer holds about 1 KiB of memory per entry of a batch (4096 by default)
   * @param maxAge how long the oldest waiting entry may wait for its batch to fill
   * @param poll how often an idle leader looks at the outbox
   * @param standbyPoll how often a standby tries to become the leader
   */
  public record Sequencer(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("4096") int batchSize,
      @DefaultValue("100ms") Duration maxAge,
      @DefaultValue("20ms") Duration poll,
      @DefaultValue("500ms") Duration standbyPoll) {

    /** Checks the values. */
    public Sequencer {
      if (batchSize < 1 || batchSize > 65_536) {
        throw new IllegalArgumentException("tribunal.record.sequencer.batch-size must be 1..65536");
      }
    }
  }
}
