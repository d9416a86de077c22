package org.tribunal.merkle.tile;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;

/**
 * The contents of an entry bundle (C2SP tlog-tiles): 1 to 256 log entries, each written as a
 * big-endian {@code uint16} length followed by the entry's bytes, so an entry has at most 65,535
 * bytes. Example: entries {@code ""}, {@code 00}, {@code "hello"} serialise to {@code 0000 0001 00
 * 0005 68656c6c6f}.
 *
 * <p>Immutable: entries are copied in and out.
 */
public final class EntryBundle {

  /** The largest entry a bundle can carry. */
  public static final int MAX_ENTRY_SIZE = 0xFFFF;

  private final List<byte[]> entries;

  private EntryBundle(List<byte[]> entries) {
    this.entries = entries;
  }

  /**
   * Returns the bundle of the given entries.
   *
   * @param entries 1 to 256 entries of at most 65,535 bytes each; copied
   * @return the bundle
   * @throws IllegalArgumentException if there are no entries, more than 256, or one is too long
   */
  public static EntryBundle of(List<byte[]> entries) {
    if (entries.isEmpty() || entries.size() > TileId.FULL_WIDTH) {
      throw new IllegalArgumentException("a bundle holds 1 to 256 entries, got " + entries.size());
    }
    List<byte[]> copies = new ArrayList<>(entries.size());
    for (byte[] entry : entries) {
      checkEntrySize(entry);
      copies.add(entry.clone());
    }
    return new EntryBundle(copies);
  }

  /**
   * Throws if {@code entry} cannot be carried in a bundle.
   *
   * @param entry the entry
   * @throws IllegalArgumentException if it is longer than 65,535 bytes
   */
  public static void checkEntrySize(byte[] entry) {
    if (entry.length > MAX_ENTRY_SIZE) {
      throw new IllegalArgumentException(
          "an entry has at most " + MAX_ENTRY_SIZE + " bytes, got " + entry.length);
    }
  }

  /**
   * Parses a served bundle.
   *
   * @param data the bundle's bytes
   * @return the bundle
   * @throws MalformedInputException if {@code data} is empty, ends inside a length prefix or an
   *     entry, or holds more than 256 entries; the message gives the byte offset
   */
  public static EntryBundle parse(byte[] data) throws MalformedInputException {
    Objects.requireNonNull(data, "data");
    if (data.length == 0) {
      throw new MalformedInputException("an entry bundle holds at least one entry, got 0 bytes");
    }
    List<byte[]> entries = new ArrayList<>();
    int offset = 0;
    while (offset < data.length) {
      if (entries.size() == TileId.FULL_WIDTH) {
        throw new MalformedInputException(
            "entry bundle has more than 256 entries: bytes remain at offset " + offset);
      }
      if (data.length - offset < 2) {
        throw new MalformedInputException(
            "entry bundle ends inside the length of entry " + entries.size() + " at offset " + offset);
      }
      int length = ((data[offset] & 0xFF) << 8) | (data[offset + 1] & 0xFF);
      offset += 2;
      if (data.length - offset < length) {
        throw new MalformedInputException(
            "entry " + entries.size() + " at offset " + (offset - 2) + " claims " + length
                + " bytes but only " + (data.length - offset) + " remain");
      }
      entries.add(Arrays.copyOfRange(data, offset, offset + length));
      offset += length;
    }
    return new EntryBundle(entries);
  }

  /**
   * Returns how many entries the bundle holds.
   *
   * @return 1 to 256
   */
  public int width() {
    return entries.size();
  }

  /**
   * Returns entry {@code i}.
   *
   * @param i 0 to {@code width() − 1}
   * @return a copy of its bytes
   * @throws IndexOutOfBoundsException if there is no such entry
   */
  public byte[] entry(int i) {
    return entries.get(i).clone();
  }

  /**
   * Returns all entries in order.
   *
   * @return copies of the entries
   */
  public List<byte[]> entries() {
    return entries.stream().map(byte[]::clone).toList();
  }

  /**
   * Returns the RFC 6962 leaf hash of entry {@code i}, which fills slot {@code i} of the level-0
   * tile with the same index.
   *
   * @param i 0 to {@code width() − 1}
   * @return the leaf hash
   * @throws IndexOutOfBoundsException if there is no such entry
   */
  public Hash leafHash(int i) {
    return Rfc6962.leafHash(entries.get(i));
  }

  /**
   * Returns the first {@code width} entries, as the same bundle looked in a smaller tree.
   *
   * @param width 1 to {@code width()}
   * @return this bundle if {@code width == width()}, else a narrower one
   * @throws IllegalArgumentException if {@code width} is outside 1..{@code width()}
   */
  public EntryBundle prefix(int width) {
    if (width < 1 || width > width()) {
      throw new IllegalArgumentException(
          "cannot take " + width + " entries of a bundle of width " + width());
    }
    return width == width() ? this : new EntryBundle(List.copyOf(entries.subList(0, width)));
  }

  /**
   * Returns the bytes to serve.
   *
   * @return the length-prefixed entries
   */
  public byte[] toByteArray() {
    int size = 0;
    for (byte[] entry : entries) {
      size += 2 + entry.length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    for (byte[] entry : entries) {
      out.write(entry.length >>> 8);
      out.write(entry.length);
      out.write(entry, 0, entry.length);
    }
    return out.toByteArray();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof EntryBundle b) || b.entries.size() != entries.size()) {
      return false;
    }
    for (int i = 0; i < entries.size(); i++) {
      if (!Arrays.equals(entries.get(i), b.entries.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (byte[] entry : entries) {
      h = 31 * h + Arrays.hashCode(entry);
    }
    return h;
  }

  @Override
  public String toString() {
    return "EntryBundle[width=" + width() + "]";
  }
}
