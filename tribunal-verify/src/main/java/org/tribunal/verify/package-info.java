/**
 * {@code tribunal-verify}: a small command-line verifier of the tribunal's public record that
 * depends only on {@code merkle-log} and picocli, so anyone can check a receipt or a checkpoint
 * without trusting the tribunal's servers, and audit the whole log from its tiles ({@code audit}).
 *
 * <p>Exit codes: {@code 0} verified, {@code 1} does not verify, {@code 2} could not check (I/O
 * failure, bad arguments).
 */
package org.tribunal.verify;
