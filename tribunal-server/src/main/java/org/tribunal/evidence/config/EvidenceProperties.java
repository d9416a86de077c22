package org.tribunal.evidence.config;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings {@code tribunal.evidence.*}.
 *
 * @param store where kept bytes live: {@code filesystem} (the default) or {@code s3}
 * @param storeDir where the file-system store keeps evidence; unset = {@code ${tribunal.data-dir}/evidence}
 * @param s3 the S3-compatible store, used when {@code store=s3}
 * @param maxFileSize the largest file accepted at intake
 * @param metadataMaxSize files up to this size are parsed for metadata (author, dates, GPS); larger
 *     ones only get their type detected
 * @param sweepCron when the scheduled integrity sweep runs (Spring cron, {@code -} to switch it off)
 */
@ConfigurationProperties("tribunal.evidence")
public record EvidenceProperties(
    @DefaultValue("filesystem") StoreKind store,
    @Nullable String storeDir,
    @DefaultValue S3 s3,
    @DefaultValue("64GB") DataSize maxFileSize,
    @DefaultValue("256MB") DataSize metadataMaxSize,
    @DefaultValue("0 30 3 * * *") String sweepCron) {

  /** The kinds of evidence store. */
  public enum StoreKind {
    /** A directory on a local or mounted file system. */
    FILESYSTEM,
    /** An S3-compatible object store. */
    S3
  }

  /**
   * Settings {@code tribunal.evidence.s3.*} of the S3-compatible store. The access key and secret may
   * come from the environment ({@code TRIBUNAL_EVIDENCE_S3_ACCESS_KEY}, {@code TRIBUNAL_EVIDENCE_S3_SECRET_KEY});
   * when both are unset the AWS default chain is used (e.g. {@code AWS_ACCESS_KEY_ID}, instance roles).
   * {@link #toString()} never shows the secret.
   *
   * @param endpoint the service URL (e.g. {@code https://minio.example.org:9000}); unset = AWS S3 of the region
   * @param region the signing region
   * @param bucket an existing bucket
   * @param prefix a key prefix inside the bucket ({@code ""} for none)
   * @param accessKey the access key id
   * @param secretKey the secret access key
   * @param pathStyle path-style URLs ({@code endpoint/bucket/key}), which most S3-compatible servers need
   * @param partSize files above this size are uploaded in parts of this size (at least 5MB)
   * @param stagingDir where bytes are staged locally while being hashed; unset = {@code ${tribunal.data-dir}/evidence-staging}
   */
  public record S3(
      @Nullable URI endpoint,
      @DefaultValue("us-east-1") String region,
      @DefaultValue("") String bucket,
      @DefaultValue("") String prefix,
      @Nullable String accessKey,
      @Nullable String secretKey,
      @DefaultValue("true") boolean pathStyle,
      @DefaultValue("16MB") DataSize partSize,
      @Nullable String stagingDir) {

    @Override
    public String toString() {
      return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", prefix=" + prefix
          + ", accessKey=" + (accessKey == null ? "unset" : "set") + ", secretKey=" + (secretKey == null ? "unset" : "****")
          + ", pathStyle=" + pathStyle + ", partSize=" + partSize + ", stagingDir=" + stagingDir + "]";
    }
  }
}
