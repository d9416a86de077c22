/**
 * Growing a tiled log: {@link org.tribunal.merkle.integrate.Integrator} turns a batch of new leaves
 * and the tree's right edge into the new root and the tiles and entry bundles to write ({@link
 * org.tribunal.merkle.integrate.Integration}). It performs no I/O of its own: storage reads go
 * through a {@link org.tribunal.merkle.tile.TileReader}, writes are the caller's.
 */
package org.tribunal.merkle.integrate;
