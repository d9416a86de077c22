package org.tribunal.merkle.checkpoint;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking a signed checkpoint against a {@link WitnessPolicy}.
 *
 * @param witnessed whether enough witnesses cosigned
 * @param threshold how many were required
 * @param cosigners the names of the policy's witnesses whose cosignatures verified
 * @param reason a sentence saying why the checkpoint is or is not witnessed
 */
public record Witnessing(boolean witnessed, int threshold, List<String> cosigners, String reason) {

  /** Copies the list. */
  public Witnessing {
    cosigners = List.copyOf(cosigners);
    Objects.requireNonNull(reason, "reason");
  }
}
