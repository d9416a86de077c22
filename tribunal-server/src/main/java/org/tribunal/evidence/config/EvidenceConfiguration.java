package org.tribunal.evidence.config;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tribunal.evidence.store.EvidenceStore;
import org.tribunal.evidence.store.FileSystemEvidenceStore;

/**
 * Wires the evidence store: the file-system store by default. An object-storage store would be
 * another {@link EvidenceStore} bean chosen by a property (see docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

  @Bean
  EvidenceStore evidenceStore(EvidenceProperties properties, @Value("${tribunal.data-dir:./tribunal-data}") String dataDir) {
    Path dir = properties.storeDir() == null || properties.storeDir().isBlank()
        ? Path.of(dataDir, "evidence")
        : Path.of(properties.storeDir());
    return new FileSystemEvidenceStore(dir);
  }
}
