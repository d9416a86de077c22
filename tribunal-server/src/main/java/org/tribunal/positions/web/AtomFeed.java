package org.tribunal.positions.web;

import java.util.List;
import org.tribunal.positions.Shift;

/** Writes shifts as an Atom (RFC 4287) feed, newest first. */
final class AtomFeed {

  private AtomFeed() {}

  static String of(List<Shift> shifts) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    sb.append("  <title>Tribunal: shifts of stance</title>\n");
    sb.append("  <id>urn:tribunal:positions:shifts</id>\n");
    String updated = shifts.isEmpty() ? "1970-01-01T00:00:00Z" : shifts.get(0).date() + "T00:00:00Z";
    sb.append("  <updated>").append(updated).append("</updated>\n");
    for (Shift s : shifts) {
      sb.append("  <entry>\n");
      sb.append("    <id>urn:tribunal:shift:").append(esc(s.id())).append("</id>\n");
      sb.append("    <title>").append(esc(s.state() + " " + s.claim() + ": " + s.from() + " → " + s.to()))
          .append(s.unconfirmed() ? " (unconfirmed)" : "").append("</title>\n");
      sb.append("    <updated>").append(s.date()).append("T00:00:00Z</updated>\n");
      sb.append("    <link href=\"/positions/states/").append(s.state()).append("?claim=").append(s.claim())
          .append("\"/>\n");
      sb.append("    <category term=\"").append(esc(s.claim().code())).append("\"/>\n");
      sb.append("    <category term=\"").append(esc(s.after().text().body())).append("\"/>\n");
      sb.append("    <summary>").append(esc("Before: " + s.before().position().kind() + " on "
          + s.before().text().label() + " (" + s.before().date() + "). After: " + s.after().position().kind() + " on "
          + s.after().text().label() + " (" + s.after().date() + ")."))
          .append("</summary>\n");
      sb.append("  </entry>\n");
    }
    return sb.append("</feed>\n").toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
