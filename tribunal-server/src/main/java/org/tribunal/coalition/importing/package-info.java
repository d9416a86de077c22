/**
 * Loads the coalition seed data (states, bodies, memberships, instruments, actions) from the CSV files under
 * {@code seed/coalition/} through the module's public facades, so every seeded fact goes the same way as one recorded
 * by the secretariat.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.coalition.importing;
