/** Settings of the public record ({@code tribunal.record.*}). */
@NullMarked
package org.tribunal.record.config;

import org.jspecify.annotations.NullMarked;
