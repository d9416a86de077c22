package org.tribunal.positions.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvReadAheadTests {

  @Test
  void returnsEveryRecordInFileOrderThenTheEnd() throws Exception {
    StringBuilder file = new StringBuilder("n,name\n");
    for (int i = 0; i < 10_000; i++) {
      file.append(i).append(",\"state ").append(i).append("\"\n");
    }
    List<String> read = new ArrayList<>();
    try (CSVParser csv = parser(file.toString()); CsvReadAhead ahead = CsvReadAhead.start(csv)) {
      for (List<CSVRecord> chunk = ahead.next(); chunk != null; chunk = ahead.next()) {
        chunk.forEach(r -> read.add(r.get("n") + ":" + r.get("name") + ":" + r.getRecordNumber()));
      }
      assertThat(ahead.next()).isNull();
    }
    assertThat(read).hasSize(10_000).startsWith("0:state 0:1").endsWith("9999:state 9999:10000");
  }

  @Test
  void throwsWhatReadingThrewWhenTheCallerGetsThere() throws Exception {
    String file = "n,name\n1,a\n2,\"unterminated\n";
    try (CSVParser csv = parser(file); CsvReadAhead ahead = CsvReadAhead.start(csv)) {
      assertThatThrownBy(() -> {
        while (ahead.next() != null) {
          // read on
        }
      }).isInstanceOf(UncheckedIOException.class);
    }
  }

  @Test
  void stopsReadingWhenClosedEarly() throws Exception {
    StringBuilder file = new StringBuilder("n\n");
    for (int i = 0; i < 200_000; i++) {
      file.append(i).append('\n');
    }
    CsvReadAhead ahead;
    try (CSVParser csv = parser(file.toString())) {
      ahead = CsvReadAhead.start(csv);
      assertThat(ahead.next()).isNotEmpty();
      ahead.close();
    }
    // closed: the reading thread has ended, so the parser could be closed under it safely
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("csv-read-ahead") && t.isAlive());
  }

  private static CSVParser parser(String content) throws Exception {
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(content));
  }
}
