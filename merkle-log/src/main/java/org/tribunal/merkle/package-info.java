/**
 * The verifiable-log maths and formats of the tribunal's public record: RFC 6962 / RFC 9162 hashing
 * and proofs, C2SP signed notes, checkpoints, tiles and cosignatures.
 *
 * <p>This library is pure JDK and has no dependencies, so that anyone who must trust the record can
 * audit it in an afternoon. Nothing here performs I/O: storage is the caller's business.
 *
 * <p>Unless a type says otherwise, {@code null} is never a valid argument or return value. Sizes and
 * indexes are unsigned 64-bit integers carried in a {@code long}; compare them with {@link
 * Long#compareUnsigned(long, long)}.
 *
 * <p>Caller bugs (a negative count where none is possible, a null argument) raise the JDK's unchecked
 * exceptions. Forged or corrupt input raises the checked {@link org.tribunal.merkle.VerificationException}
 * or {@link org.tribunal.merkle.MalformedInputException}, so that no caller can forget that
 * verification can fail.
 */
package org.tribunal.merkle;
