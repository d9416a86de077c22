package org.tribunal.coalition;

import org.tribunal.shared.StateCode;

/**
 * Event: a state was registered.
 *
 * @param code the state
 * @param unStatus its UN standing
 */
public record StateRegistered(StateCode code, UnStatus unStatus) {}
