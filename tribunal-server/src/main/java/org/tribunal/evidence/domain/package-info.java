/**
 * The vault's implementation: items, submissions, the custody ledger that seals each event into the
 * public record, metadata extraction, working copies, sweeps and BagIt packing. Everything here is
 * package-private except what the web layer and the importer need, which they reach through the
 * facades in the module's root package.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.evidence.domain;
