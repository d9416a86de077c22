/**
 * C2SP tlog-tiles: {@link org.tribunal.merkle.tile.TileId} and {@link
 * org.tribunal.merkle.tile.EntryBundleId} name what a tiled log serves, {@link
 * org.tribunal.merkle.tile.TilePath} encodes and parses their paths, {@link
 * org.tribunal.merkle.tile.HashTile} and {@link org.tribunal.merkle.tile.EntryBundle} encode and
 * decode their bytes, {@link org.tribunal.merkle.tile.TileReader} is how callers hand stored tiles
 * in, and {@link org.tribunal.merkle.tile.TileHashSource} computes any node hash (and so any
 * proof) from them. Tile height is 8. Parse failures are {@link
 * org.tribunal.merkle.MalformedInputException}.
 */
package org.tribunal.merkle.tile;
