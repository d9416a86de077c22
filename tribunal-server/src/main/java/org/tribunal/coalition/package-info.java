/**
 * The coalition registry: states, bodies and groups, dated memberships, instruments (agreements, statutes,
 * conventions, partial-agreement resolutions), the actions states and organisations take on them, and the
 * entry-into-force computation.
 *
 * <p>Other modules use only the types in this package: the facades {@link org.tribunal.coalition.CoalitionQueries},
 * {@link org.tribunal.coalition.MembershipManagement} and {@link org.tribunal.coalition.InstrumentManagement},
 * their commands and views, and the past-tense events this module publishes. Nothing is overwritten: a
 * correction is a new version with a reason, and every read takes a valid-time date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coalition registry", allowedDependencies = {"shared", "record"})
@org.jspecify.annotations.NullMarked
package org.tribunal.coalition;
