/**
 * The log's signing key and its checkpoints: a C2SP checkpoint signed with Ed25519 whenever the tree
 * grew (at most once per {@code tribunal.record.checkpoint-interval}), cosigned by the registered
 * witnesses and published once the witness policy is met.
 */
@NullMarked
package org.tribunal.record.checkpoint;

import org.jspecify.annotations.NullMarked;
