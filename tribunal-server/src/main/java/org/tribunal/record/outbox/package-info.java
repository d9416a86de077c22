/**
 * The log's outbox: entries written in the business transaction, waiting for the sequencer to give
 * them their place in the log.
 */
@NullMarked
package org.tribunal.record.outbox;

import org.jspecify.annotations.NullMarked;
