package org.tribunal.merkle.tile;

import java.util.Objects;
import org.tribunal.merkle.MalformedInputException;

/**
 * Encodes and parses the paths of C2SP tlog-tiles: {@code tile/<L>/<N>[.p/<W>]} for hash tiles and
 * {@code tile/entries/<N>[.p/<W>]} for entry bundles.
 *
 * <p>{@code N} is written in zero-padded groups of three digits, every group but the last prefixed
 * with {@code x}: {@code 1234067 → x001/x234/067}. Parsing accepts only the canonical form, so that
 * {@code format(parse(p)).equals(p)} for every accepted {@code p}: no leading zeros in {@code L} or
 * {@code W}, no leading {@code x000} group, {@code .p/} only for widths 1 to 255. Paths are
 * relative to the log's prefix and have no leading slash. Stateless and thread-safe.
 */
public final class TilePath {

  private static final String PREFIX = "tile/";
  private static final String ENTRIES = "entries/";
  private static final String PARTIAL = ".p/";
  private static final int MAX_GROUPS = 7; // 2^64 − 1 has 20 digits

  private TilePath() {}

  /**
   * Returns the path of a hash tile or entry bundle.
   *
   * @param resource the tile or bundle
   * @return e.g. {@code tile/0/x001/x234/067.p/8} or {@code tile/entries/273.p/112}
   */
  public static String format(TileResource resource) {
    Objects.requireNonNull(resource, "resource");
    StringBuilder path = new StringBuilder(40).append(PREFIX);
    if (resource instanceof TileId tile) {
      path.append(tile.level()).append('/');
    } else {
      path.append(ENTRIES);
    }
    appendIndex(path, resource.index());
    if (!resource.isFull()) {
      path.append(PARTIAL).append(resource.width());
    }
    return path.toString();
  }

  /**
   * Returns the {@code N} part of a path: the unsigned index in three-digit groups.
   *
   * @param index the unsigned tile index
   * @return e.g. {@code x001/x234/067}
   */
  public static String formatIndex(long index) {
    StringBuilder out = new StringBuilder(27);
    appendIndex(out, index);
    return out.toString();
  }

  private static void appendIndex(StringBuilder out, long index) {
    String digits = Long.toUnsignedString(index);
    int pad = (3 - digits.length() % 3) % 3;
    String padded = "0".repeat(pad) + digits;
    for (int i = 0; i < padded.length(); i += 3) {
      if (i > 0) {
        out.append('/');
      }
      if (i + 3 < padded.length()) {
        out.append('x');
      }
      out.append(padded, i, i + 3);
    }
  }

  /**
   * Parses the path of a hash tile or an entry bundle.
   *
   * @param path a path such as {@code tile/0/000} or {@code tile/entries/x001/000.p/7}
   * @return a {@link TileId} or an {@link EntryBundleId}
   * @throws MalformedInputException if the path is not a canonical tile or bundle path, naming why
   */
  public static TileResource parse(String path) throws MalformedInputException {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith(PREFIX)) {
      throw malformed(path, "does not start with \"tile/\"");
    }
    String rest = path.substring(PREFIX.length());
    if (rest.startsWith(ENTRIES)) {
      IndexAndWidth iw = parseIndexAndWidth(path, rest.substring(ENTRIES.length()));
      return new EntryBundleId(iw.index, iw.width);
    }
    int slash = rest.indexOf('/');
    if (slash < 0) {
      throw malformed(path, "has no tile index");
    }
    int level = parseSmallNumber(path, rest.substring(0, slash), "level", 0, TileId.MAX_LEVEL);
    IndexAndWidth iw = parseIndexAndWidth(path, rest.substring(slash + 1));
    return new TileId(level, iw.index, iw.width);
  }

  /**
   * Parses the path of a hash tile.
   *
   * @param path a path such as {@code tile/1/x001/000.p/17}
   * @return the tile
   * @throws MalformedInputException if the path is not a canonical hash tile path
   */
  public static TileId parseTile(String path) throws MalformedInputException {
    if (parse(path) instanceof TileId tile) {
      return tile;
    }
    throw malformed(path, "names an entry bundle, not a hash tile");
  }

  /**
   * Parses the path of an entry bundle.
   *
   * @param path a path such as {@code tile/entries/273.p/112}
   * @return the bundle
   * @throws MalformedInputException if the path is not a canonical entry bundle path
   */
  public static EntryBundleId parseEntryBundle(String path) throws MalformedInputException {
    if (parse(path) instanceof EntryBundleId bundle) {
      return bundle;
    }
    throw malformed(path, "names a hash tile, not an entry bundle");
  }

  private record IndexAndWidth(long index, int width) {}

  private static IndexAndWidth parseIndexAndWidth(String path, String text)
      throws MalformedInputException {
    int width = TileId.FULL_WIDTH;
    String indexText = text;
    int partial = text.indexOf(PARTIAL);
    if (partial >= 0) {
      indexText = text.substring(0, partial);
      width = parseSmallNumber(path, text.substring(partial + PARTIAL.length()), "width", 1, 255);
    }
    String[] groups = indexText.split("/", -1);
    if (groups.length > MAX_GROUPS) {
      throw malformed(path, "has more than " + MAX_GROUPS + " index groups");
    }
    StringBuilder digits = new StringBuilder(3 * groups.length);
    for (int i = 0; i < groups.length; i++) {
      String group = groups[i];
      boolean last = i == groups.length - 1;
      if (!last) {
        if (group.length() != 4 || group.charAt(0) != 'x') {
          throw malformed(path, "index group \"" + group + "\" is not 'x' and three digits");
        }
        group = group.substring(1);
      }
      if (group.length() != 3 || !isAsciiDigits(group)) {
        throw malformed(path, "index group \"" + groups[i] + "\" is not three digits");
      }
      if (i == 0 && groups.length > 1 && group.equals("000")) {
        throw malformed(path, "index has a leading zero group");
      }
      digits.append(group);
    }
    try {
      return new IndexAndWidth(Long.parseUnsignedLong(digits.toString()), width);
    } catch (NumberFormatException e) {
      throw malformed(path, "index does not fit in 64 bits");
    }
  }

  private static int parseSmallNumber(String path, String text, String what, int min, int max)
      throws MalformedInputException {
    if (text.isEmpty() || text.length() > 3 || !isAsciiDigits(text)) {
      throw malformed(path, what + " \"" + text + "\" is not a decimal number");
    }
    if (text.length() > 1 && text.charAt(0) == '0') {
      throw malformed(path, what + " \"" + text + "\" has a leading zero");
    }
    int value = Integer.parseInt(text);
    if (value < min || value > max) {
      throw malformed(path, what + " " + value + " is outside " + min + ".." + max);
    }
    return value;
  }

  private static boolean isAsciiDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static MalformedInputException malformed(String path, String reason) {
    String shown = path.length() > 80 ? path.substring(0, 80) + "…" : path;
    return new MalformedInputException("tile path \"" + shown + "\" " + reason);
  }
}
