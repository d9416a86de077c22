/**
 * Witnesses (c2sp.org/tlog-witness): the registry of witness keys and the k-of-n policy, the client
 * that sends each new checkpoint to every witness and collects their cosignatures, and a small
 * witness server that a coalition state can run ({@link org.tribunal.record.witness.WitnessServer}).
 */
@NullMarked
package org.tribunal.record.witness;

import org.jspecify.annotations.NullMarked;
