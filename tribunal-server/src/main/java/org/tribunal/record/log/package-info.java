/**
 * The log's storage and its sequencer: the tree state, hash tiles and entry bundles in PostgreSQL
 * (schema {@code record}), and the single leader that moves entries from the outbox into the tree.
 *
 * <p>Everything one batch changes (bundles, tiles, tree size, outbox rows, log indexes) is written in
 * one transaction guarded by a compare-and-set on the old tree size, so a crash or a second leader can
 * never lose a committed change, integrate it twice, or give one index to two entries.
 */
@NullMarked
package org.tribunal.record.log;

import org.jspecify.annotations.NullMarked;
