package org.tribunal.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tribunal.access.AuditQuery;
import org.tribunal.access.AuditTrail;

/** Writes the access audit as CSV (RFC 4180, UTF-8, header row). */
final class AuditCsv {

  static final String[] HEADER = {
    "id", "at", "username", "action", "method", "path", "status", "object_ref", "remote_address"
  };

  private AuditCsv() {}

  static void write(AuditTrail trail, AuditQuery query, HttpServletResponse response) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"access-audit.csv\"");
    CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(response.getWriter());
    trail.export(query, entry -> {
      try {
        csv.printRecord(
            entry.id(), entry.at(), entry.username(), entry.action(), entry.method(), entry.path(),
            entry.status(), entry.objectRef(), entry.remoteAddress());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    csv.flush();
  }
}
