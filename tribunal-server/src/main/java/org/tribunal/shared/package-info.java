/**
 * Value types every module speaks in: state codes, sources, classification levels, and the base of
 * the domain exceptions that the web layer turns into RFC 9457 problem details.
 *
 * <p>This module holds values only. Adding a type here needs a reason: a concept that two or more
 * modules must agree on exactly.
 */
@ApplicationModule(displayName = "Shared values", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.tribunal.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
