/** Malformed-input fuzzing of every text parser: typed rejection only, never a crash or a hang. */
package org.tribunal.merkle.fuzz;
