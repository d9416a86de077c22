/**
 * The coalition registry's rules and storage: participation in instruments (guarded moves), entry-into-force
 * computation, versioned memberships and actions, and the facade implementations. Nothing here is for other modules;
 * they use the API in the module's root package.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.coalition.domain;
