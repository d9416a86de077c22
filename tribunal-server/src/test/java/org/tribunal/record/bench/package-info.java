/** Load drivers for the public record (not run by the build); see docs/performance.md. */
@NullMarked
package org.tribunal.record.bench;

import org.jspecify.annotations.NullMarked;
