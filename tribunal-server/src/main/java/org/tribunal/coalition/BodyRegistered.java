package org.tribunal.coalition;

/**
 * Event: a body was registered.
 *
 * @param id the body
 * @param kind its kind
 */
public record BodyRegistered(BodyId id, BodyKind kind) {}
