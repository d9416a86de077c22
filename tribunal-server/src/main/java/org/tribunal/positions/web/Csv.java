package org.tribunal.positions.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes CSV (RFC 4180) for list exports. */
final class Csv {

  private Csv() {}

  static String of(List<String> header, List<List<@Nullable Object>> rows) {
    StringBuilder sb = new StringBuilder();
    line(sb, header.stream().map(h -> (Object) h).toList());
    rows.forEach(r -> line(sb, r));
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<@Nullable Object> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Object v = values.get(i);
      String s = v == null ? "" : v.toString();
      if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
        sb.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(s);
      }
    }
    sb.append("\r\n");
  }
}
