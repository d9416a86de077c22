/**
 * The public record: every committed change in every module becomes one canonical entry in an
 * append-only Merkle log whose checkpoints are signed by the tribunal and cosigned by witnesses.
 *
 * <p>Modules publish through {@link org.tribunal.record.PublicRecord} inside their own transaction, so
 * an entry commits or rolls back with the change it records. They never see the log's tables.
 * Records that are not public enter the log as a salted commitment instead of their content.
 */
@ApplicationModule(displayName = "Public record", allowedDependencies = {"shared", "platform"})
@NullMarked
package org.tribunal.record;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
