/**
 * RFC 9162 inclusion and consistency proofs: {@link org.tribunal.merkle.proof.ProofNodes} says
 * which stored nodes a proof needs, {@link org.tribunal.merkle.proof.InclusionProof} and {@link
 * org.tribunal.merkle.proof.ConsistencyProof} carry proofs and build them from a {@link
 * org.tribunal.merkle.tree.NodeHashSource}, and {@link org.tribunal.merkle.proof.ProofVerifier}
 * checks them, failing with {@link org.tribunal.merkle.InvalidProofException} or {@link
 * org.tribunal.merkle.RootMismatchException}.
 */
package org.tribunal.merkle.proof;
