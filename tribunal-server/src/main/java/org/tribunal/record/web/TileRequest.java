package org.tribunal.record.web;

import java.util.Optional;

/**
 * A parsed tlog-tiles path below {@code tile/}: {@code <L>/<N>[.p/<W>]} or {@code
 * entries/<N>[.p/<W>]} (c2sp.org/tlog-tiles). Only canonical paths parse: no leading zeros in
 * {@code L} or {@code W}, {@code N} in 3-digit groups with {@code x} on all but the last.
 *
 * @param entries whether this is an entry bundle rather than a hash tile
 * @param level the tile level (0 for bundles)
 * @param index the tile index
 * @param width 256 for a full tile, else the partial width 1..255
 */
record TileRequest(boolean entries, int level, long index, int width) {

  boolean isFull() {
    return width == 256;
  }

  static Optional<TileRequest> parse(String path) {
    String[] parts = path.split("/", -1);
    if (parts.length < 2) {
      return Optional.empty();
    }
    boolean entries = parts[0].equals("entries");
    int level = 0;
    if (!entries) {
      Optional<Integer> l = decimal(parts[0], 63, true);
      if (l.isEmpty()) {
        return Optional.empty();
      }
      level = l.get();
    }
    int end = parts.length;
    int width = 256;
    if (parts.length >= 3 && parts[end - 2].endsWith(".p")) {
      Optional<Integer> w = decimal(parts[end - 1], 255, false);
      if (w.isEmpty()) {
        return Optional.empty();
      }
      width = w.get();
      parts[end - 2] = parts[end - 2].substring(0, parts[end - 2].length() - 2);
      end--;
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 1; i < end; i++) {
      String group = parts[i];
      boolean last = i == end - 1;
      if (!last) {
        if (!group.startsWith("x")) {
          return Optional.empty();
        }
        group = group.substring(1);
      }
      if (group.length() != 3 || !group.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Optional.empty();
      }
      digits.append(group);
    }
    if (digits.length() > 18) {
      return Optional.empty();
    }
    long index = Long.parseLong(digits.toString());
    if (!format(index).equals(String.join("/", java.util.Arrays.copyOfRange(parts, 1, end)))) {
      return Optional.empty(); // e.g. x000/001 for 1
    }
    return Optional.of(new TileRequest(entries, level, index, width));
  }

  /** Formats an index as tlog-tiles does: {@code 1234067 -> x001/x234/067}. */
  static String format(long index) {
    String n = String.format("%03d", index % 1000);
    for (long rest = index / 1000; rest > 0; rest /= 1000) {
      n = String.format("x%03d/", rest % 1000) + n;
    }
    return n;
  }

  private static Optional<Integer> decimal(String s, int max, boolean zeroAllowed) {
    if (s.isEmpty() || s.length() > 3 || !s.chars().allMatch(c -> c >= '0' && c <= '9')
        || (s.length() > 1 && s.charAt(0) == '0')) {
      return Optional.empty();
    }
    int value = Integer.parseInt(s);
    if (value > max || (!zeroAllowed && value == 0)) {
      return Optional.empty();
    }
    return Optional.of(value);
  }
}
