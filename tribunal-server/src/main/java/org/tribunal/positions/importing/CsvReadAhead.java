package org.tribunal.positions.importing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records of a CSV file in a second thread, a few thousand ahead of the caller, so that splitting
 * the lines into fields (about half of an import's Java time) runs while the caller checks the records before
 * and PostgreSQL stores them. The parser, and the stream under it, are read only by that thread until
 * {@link #next()} has returned {@code null} or {@link #close()} has returned.
 *
 * <p>Not thread-safe: one caller reads the records.
 */
final class CsvReadAhead implements AutoCloseable {

  private static final int CHUNK = 2_048;

  /** Marks the end of the file in the queue. */
  private static final List<CSVRecord> END = List.of();

  private final BlockingQueue<List<CSVRecord>> chunks = new ArrayBlockingQueue<>(8);
  private final Thread reader;
  private volatile @Nullable Throwable failure;
  private volatile boolean closed;
  private boolean ended;

  private CsvReadAhead(CSVParser csv) {
    this.reader = new Thread(() -> read(csv), "csv-read-ahead");
    reader.setDaemon(true);
  }

  /**
   * Starts reading the parser's records.
   *
   * @param csv a parser whose header, if any, was read
   * @return the reader
   */
  static CsvReadAhead start(CSVParser csv) {
    CsvReadAhead ahead = new CsvReadAhead(csv);
    ahead.reader.start();
    return ahead;
  }

  private void read(CSVParser csv) {
    try {
      Iterator<CSVRecord> records = csv.iterator();
      List<CSVRecord> chunk = new ArrayList<>(CHUNK);
      while (!closed && records.hasNext()) {
        chunk.add(records.next());
        if (chunk.size() == CHUNK) {
          chunks.put(chunk);
          chunk = new ArrayList<>(CHUNK);
        }
      }
      if (!chunk.isEmpty()) {
        chunks.put(chunk);
      }
    } catch (InterruptedException e) {
      return; // closed by the caller: nobody reads what is left
    } catch (RuntimeException | Error e) {
      // malformed CSV or an unreadable stream (commons-csv wraps IOException as unchecked), or worse: the
      // caller must learn of it rather than wait for records that will never come
      failure = e;
    }
    try {
      chunks.put(END);
    } catch (InterruptedException e) {
      // closed by the caller
    }
  }

  /**
   * Returns the next records in file order, waiting for them if needed.
   *
   * @return up to a few thousand records, or {@code null} at the end of the file
   * @throws RuntimeException what reading the file threw (or an {@link Error}), when the caller reaches that
   *     place of the file
   */
  @Nullable List<CSVRecord> next() {
    if (ended) {
      return null;
    }
    List<CSVRecord> chunk;
    try {
      chunk = chunks.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading an import file", e);
    }
    if (chunk == END) {
      ended = true;
      Throwable e = failure;
      if (e instanceof RuntimeException r) {
        throw r;
      }
      if (e instanceof Error err) {
        throw err;
      }
      return null;
    }
    return chunk;
  }

  /** Stops the reading thread, if it is still reading, and waits until it has stopped. */
  @Override
  public void close() {
    closed = true;
    reader.interrupt();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
