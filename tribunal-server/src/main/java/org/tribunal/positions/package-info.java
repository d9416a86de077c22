/**
 * Positions: the texts states are asked to support (resolutions, joint statements, drafts and
 * amendments), the claims those texts make, each state's position on each text, the stance
 * timelines and shifts derived from them, participation rules written as data, viability scenarios
 * and the imports of voting records.
 *
 * <p>Other modules use only the types in this package: the facades {@link
 * org.tribunal.positions.PositionQueries}, {@link org.tribunal.positions.PositionManagement},
 * {@link org.tribunal.positions.ParticipationRules} and {@link org.tribunal.positions.VoteImports},
 * their commands and views, and the events {@link org.tribunal.positions.PositionRecorded}, {@link
 * org.tribunal.positions.StanceShifted} and {@link org.tribunal.positions.PositionsImported}. Every
 * committed change appends one entry per changed record to the public record ({@code positions.*}). Nothing
 * is overwritten: a correction is a new version, and a dispute is recorded beside the position.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Positions",
    allowedDependencies = {"shared", "record", "coalition", "platform"})
@org.jspecify.annotations.NullMarked
package org.tribunal.positions;
