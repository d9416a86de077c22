package org.tribunal.record.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link RecordProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecordProperties.class)
class RecordConfiguration {}
