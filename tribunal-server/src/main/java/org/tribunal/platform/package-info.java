/**
 * The ground every module stands on: the database (embedded PostgreSQL by default, external by URL),
 * migrations per module, RFC 9457 problem details for every error, the page layout and languages.
 *
 * <p>No business capability lives here. Modules call into it only for {@link org.tribunal.platform.CopyStream}
 * and {@link org.tribunal.platform.BinaryCopy} (bulk writes through PostgreSQL {@code COPY}); everything else
 * only configures Spring.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
@NullMarked
package org.tribunal.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
