package org.tribunal.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tribunal.evidence.ContentHashes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@link EvidenceStore} on an S3-compatible object store (AWS S3, MinIO, Ceph RGW, S3Proxy …):
 * {@code <prefix>sha256/ab/cd/<sha256>} for the bytes and {@code <prefix>sha256/ab/cd/<sha256>.<name>}
 * for sidecars, in one bucket. Bytes are staged in a local directory while they are hashed (the
 * hashes are always computed here, never taken from the store), then uploaded by {@link #keep}: in
 * one request up to the part size, as a multipart upload above it, each part streamed from the
 * staged file, so no file is ever held in memory. Nothing in this class overwrites a kept object:
 * {@link #keep} uploads only if the key is absent, and content addressing means a concurrent upload
 * of the same key carries the same bytes. Reads ({@link #open}, {@link #rehash}) stream the object.
 * {@link #localPath} is always empty.
 *
 * <p>Thread-safe (the {@link S3Client} is). Closing the store closes its client.
 */
public final class S3EvidenceStore implements EvidenceStore, AutoCloseable {

  /** The smallest part S3 accepts in a multipart upload (except the last). */
  public static final long MIN_PART_SIZE = 5L << 20;

  private final S3Client s3;
  private final String bucket;
  private final String prefix;
  private final long partSize;
  private final StagingArea staging;

  /**
   * A store in {@code bucket} under {@code prefix}, staging in {@code stagingDir}.
   *
   * @param s3 the client; this store closes it on {@link #close()}
   * @param bucket an existing bucket
   * @param prefix a key prefix ({@code ""} for none; a missing trailing {@code /} is added)
   * @param partSize files larger than this are uploaded in parts of this size; at least {@link #MIN_PART_SIZE}
   * @param stagingDir a local directory for bytes being received (created; stale staged files removed)
   * @throws IllegalArgumentException if the bucket is blank or the part size too small
   */
  public S3EvidenceStore(S3Client s3, String bucket, String prefix, long partSize, Path stagingDir) {
    if (bucket.isBlank()) {
      throw new IllegalArgumentException("an S3 evidence store needs a bucket");
    }
    if (partSize < MIN_PART_SIZE) {
      throw new IllegalArgumentException("S3 parts are at least 5 MiB, got " + partSize);
    }
    this.s3 = s3;
    this.bucket = bucket;
    String p = prefix.strip();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    this.prefix = p.isEmpty() || p.endsWith("/") ? p : p + "/";
    this.partSize = partSize;
    this.staging = new StagingArea(stagingDir);
  }

  /** The bucket. */
  public String bucket() {
    return bucket;
  }

  /** The object key of the kept bytes {@code sha256}: {@code <prefix>sha256/ab/cd/<sha256>}. */
  public String keyOf(String sha256) {
    if (!ContentHashes.isSha256(sha256)) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return prefix + "sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
  }

  @Override
  public StagedFile stage(InputStream content, long maxBytes) throws IOException {
    return staging.stage(content, maxBytes);
  }

  @Override
  public boolean keep(StagedFile staged) throws IOException {
    Path file = staging.pathOf(staged);
    String key = keyOf(staged.hashes().sha256());
    try {
      if (exists(key)) {
        return false;
      }
      long size = Files.size(file);
      if (size != staged.hashes().size()) {
        throw new IOException("staged file " + staged.handle() + " has " + size + " bytes, "
            + staged.hashes().size() + " were hashed");
      }
      if (size <= partSize) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentLength(size).contentType("application/octet-stream"),
            RequestBody.fromContentProvider(slice(file, 0, size), size, "application/octet-stream"));
      } else {
        uploadInParts(file, key, size);
      }
      return true;
    } catch (S3Exception e) {
      throw new IOException("cannot keep " + key + " in bucket " + bucket + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private void uploadInParts(Path file, String key, long size) throws IOException {
    String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType("application/octet-stream"))
        .uploadId();
    boolean done = false;
    try {
      List<CompletedPart> parts = new ArrayList<>();
      int number = 1;
      for (long offset = 0; offset < size; offset += partSize, number++) {
        long length = Math.min(partSize, size - offset);
        int partNumber = number;
        String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber)
                .contentLength(length),
            RequestBody.fromContentProvider(slice(file, offset, length), length, "application/octet-stream")).eTag();
        parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
      }
      s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
          .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
      done = true;
    } finally {
      if (!done) {
        s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
      }
    }
  }

  /** Opens {@code length} bytes of {@code file} from {@code offset} anew for every (re)try of a request. */
  private static ContentStreamProvider slice(Path file, long offset, long length) {
    return () -> {
      try {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(offset);
        return new BoundedInputStream(Channels.newInputStream(channel), length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  @Override
  public void discard(StagedFile staged) {
    staging.discard(staged);
  }

  @Override
  public boolean contains(String sha256) {
    return exists(keyOf(sha256));
  }

  private boolean exists(String key) {
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    String key = keyOf(sha256);
    try {
      return s3.getObject(b -> b.bucket(bucket).key(key));
    } catch (NoSuchKeyException e) {
      throw new NoSuchFileException(key, null, "no object in bucket " + bucket);
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        throw new NoSuchFileException(key, null, "no object in bucket " + bucket);
      }
      throw new IOException("cannot read " + key + " from bucket " + bucket + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<ContentHashes> rehash(String sha256) throws IOException {
    InputStream in;
    try {
      in = open(sha256);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try (InputStream object = in) {
      return Optional.of(StagingArea.hash(object));
    }
  }

  @Override
  public Optional<Path> localPath(String sha256) {
    return Optional.empty();
  }

  @Override
  public void writeSidecar(String sha256, String name, byte[] content) throws IOException {
    if (!name.matches("[a-z0-9-]+\\.[a-z]+")) {
      throw new IllegalArgumentException("sidecar names look like 'metadata.json', got " + name);
    }
    String key = keyOf(sha256) + "." + name;
    try {
      s3.putObject(b -> b.bucket(bucket).key(key).contentLength((long) content.length), RequestBody.fromBytes(content));
    } catch (S3Exception e) {
      throw new IOException("cannot write " + key + " to bucket " + bucket + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void delete(String sha256) throws IOException {
    String key = keyOf(sha256);
    try {
      for (S3Object sidecar : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(key + ".")).contents()) {
        s3.deleteObject(b -> b.bucket(bucket).key(sidecar.key()));
      }
      s3.deleteObject(b -> b.bucket(bucket).key(key));
    } catch (S3Exception e) {
      throw new IOException("cannot delete " + key + " from bucket " + bucket + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    s3.close();
  }

  /** Reads at most {@code remaining} bytes of a stream, then reports its end. */
  private static final class BoundedInputStream extends InputStream {
    private final InputStream in;
    private long remaining;

    BoundedInputStream(InputStream in, long remaining) {
      this.in = in;
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
