package org.tribunal.evidence.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tribunal.evidence.config.EvidenceProperties;
import org.xml.sax.helpers.DefaultHandler;
import org.tribunal.evidence.store.EvidenceStore;

/**
 * Reads a kept file's metadata with Apache Tika: its media type always; its dates, author, GPS
 * position and the like when a parser for its type is installed (images: EXIF/XMP; PDF) and the file
 * is not larger than {@code tribunal.evidence.metadata-max-size}. Reads the kept file and never
 * writes to it; the result is stored beside it. A parser failure is recorded in the result, never
 * fatal to the intake.
 */
@Component
class MetadataExtraction {

  private static final Logger log = LoggerFactory.getLogger(MetadataExtraction.class);
  private static final int MAX_FIELDS = 300;
  private static final int MAX_VALUE = 1000;

  private final Parser parser;
  private final Detector detector;
  private final long maxParsed;

  MetadataExtraction(EvidenceProperties properties) {
    TikaConfig config = TikaConfig.getDefaultConfig();
    this.parser = new AutoDetectParser(config);
    this.detector = config.getDetector();
    this.maxParsed = properties.metadataMaxSize().toBytes();
  }

  /** What Tika found: the media type and the metadata fields. */
  record Extracted(String mediaType, Map<String, String> fields) {}

  /**
   * Reads the metadata of kept bytes: from their local file when the store has one, otherwise (an
   * object store) by streaming them; only the head is read when they are too large to parse.
   */
  Extracted extractKept(EvidenceStore store, String sha256, String fileName, long size) {
    Optional<Path> local = store.localPath(sha256);
    if (local.isPresent()) {
      return extract(metadata -> TikaInputStream.get(local.get(), metadata), fileName, size);
    }
    return extract(metadata -> TikaInputStream.get(store.open(sha256)), fileName, size);
  }

  /** Opens the bytes for Tika, which may add what it learns from the source to {@code metadata}. */
  private interface Source {
    TikaInputStream open(Metadata metadata) throws IOException;
  }

  private Extracted extract(Source source, String fileName, long size) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    String mediaType = "application/octet-stream";
    try (InputStream in = source.open(metadata)) {
      mediaType = detector.detect(in, metadata).toString();
      if (size <= maxParsed) {
        parser.parse(in, new DefaultHandler(), metadata, new ParseContext());
      }
    } catch (IOException | RuntimeException | org.xml.sax.SAXException | org.apache.tika.exception.TikaException
        | LinkageError e) {
      log.warn("metadata extraction of {} stopped: {}", fileName, e.toString());
      metadata.set("tribunal:extraction-error", e.getClass().getSimpleName());
    }
    Map<String, String> fields = new TreeMap<>();
    for (String name : metadata.names()) {
      if (fields.size() >= MAX_FIELDS) {
        break;
      }
      String value = String.join("; ", metadata.getValues(name));
      fields.put(name, value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value);
    }
    String parsedType = metadata.get(Metadata.CONTENT_TYPE);
    if (parsedType != null && !parsedType.isBlank()) {
      mediaType = parsedType;
    }
    fields.put("Content-Type", mediaType);
    return new Extracted(mediaType, fields);
  }
}
