package org.tribunal.record.log;

/**
 * Where a hash tile is stored: its level and index, whatever its width.
 *
 * @param level tile level (tree height {@code 8·level})
 * @param index tile index at that level
 */
record TileKey(int level, long index) {}
