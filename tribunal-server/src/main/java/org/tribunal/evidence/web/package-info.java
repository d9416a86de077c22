/**
 * The vault's HTTP interfaces: the JSON API under {@code /api/v1/evidence} and the pages under
 * {@code /evidence}. Every handler names its access rule; uploads stream through disk, never memory.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.evidence.web;
