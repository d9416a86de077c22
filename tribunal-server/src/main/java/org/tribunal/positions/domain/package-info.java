/**
 * The positions model and its storage: texts and claims, versioned positions and disputes, the pure
 * stance-timeline and rule calculations, and the facade implementations other packages call.
 *
 * <p>Public types here are for this module's own {@code web} and {@code importing} packages only;
 * other modules use the module's root package.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.positions.domain;
