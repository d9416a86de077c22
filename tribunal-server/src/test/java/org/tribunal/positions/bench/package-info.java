/**
 * Load drivers for the positions module: the 1,000,000-row UNDL import against raw PostgreSQL COPY,
 * stance timelines over 10,000 positions, and rule evaluation for every state. Run by hand (see
 * docs/performance.md), never by {@code ./mvnw verify}.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.positions.bench;
