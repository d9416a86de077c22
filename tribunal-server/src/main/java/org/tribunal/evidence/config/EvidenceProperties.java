package org.tribunal.evidence.config;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings {@code tribunal.evidence.*}.
 *
 * @param storeDir where the file-system store keeps evidence; unset = {@code ${tribunal.data-dir}/evidence}
 * @param maxFileSize the largest file accepted at intake
 * @param metadataMaxSize files up to this size are parsed for metadata (author, dates, GPS); larger
 *     ones only get their type detected
 * @param sweepCron when the scheduled integrity sweep runs (Spring cron, {@code -} to switch it off)
 */
@ConfigurationProperties("tribunal.evidence")
public record EvidenceProperties(
    @Nullable String storeDir,
    @DefaultValue("64GB") DataSize maxFileSize,
    @DefaultValue("256MB") DataSize metadataMaxSize,
    @DefaultValue("0 30 3 * * *") String sweepCron) {}
