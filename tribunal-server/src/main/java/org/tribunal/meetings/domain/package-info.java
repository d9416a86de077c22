/**
 * The meetings module's domain: the meeting aggregate and its guarded status moves, the note's marking
 * rules, the repositories on the {@code meetings} schema and the facade implementations. Nothing here is
 * used from outside the module except through the facades of the module's root package.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.meetings.domain;
