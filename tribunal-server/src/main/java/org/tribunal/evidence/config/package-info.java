/** Settings of the evidence vault ({@code tribunal.evidence.*}) and the store it uses. */
@org.jspecify.annotations.NullMarked
package org.tribunal.evidence.config;
