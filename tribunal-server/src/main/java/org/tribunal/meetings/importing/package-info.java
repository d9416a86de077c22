/** Loading the meetings module's seed data through its own facades, so the public record sees it. */
@org.jspecify.annotations.NullMarked
package org.tribunal.meetings.importing;
