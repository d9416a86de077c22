/**
 * Reading vote and position files (UN Digital Library voting data, vote lists by state name,
 * positions and texts), the state-name alias table, the first-start demo load and the
 * {@code --import-votes} command-line entry.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.positions.importing;
