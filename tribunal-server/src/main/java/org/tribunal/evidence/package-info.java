/**
 * The evidence vault: intake of files of any size with SHA-256 and SHA-512 taken while they stream
 * in, provenance and sharing conditions, classification and compartments, an append-only chain of
 * custody whose every event is sealed into the public record, working copies kept apart from the
 * read-only originals, integrity sweeps and BagIt export.
 *
 * <p>Other modules use only the types in this package: the facades {@link org.tribunal.evidence.EvidenceIntake},
 * {@link org.tribunal.evidence.EvidenceQueries}, {@link org.tribunal.evidence.CustodyManagement},
 * {@link org.tribunal.evidence.WorkingCopies}, {@link org.tribunal.evidence.IntegritySweeps} and
 * {@link org.tribunal.evidence.EvidenceExport}, their commands and views. An item the caller may not
 * see (classification, compartments, sharing conditions) is reported exactly like a missing one.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Evidence vault",
    allowedDependencies = {"shared", "record", "access"})
@org.jspecify.annotations.NullMarked
package org.tribunal.evidence;
