package org.tribunal.platform.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connects to the external PostgreSQL named by {@code TRIBUNAL_DB_URL}, {@code TRIBUNAL_DB_USER}
 * and {@code TRIBUNAL_DB_PASSWORD}. When only Spring's {@code spring.datasource.*} properties are
 * set, Spring Boot's own configuration applies instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tribunal.db.url")
class ExternalDatabaseProperties {

  @Bean
  DataSource dataSource(
      @Value("${tribunal.db.url}") String url,
      @Value("${tribunal.db.user:postgres}") String user,
      @Value("${tribunal.db.password:}") String password) {
    return PooledDataSource.forUrl(url, user, password);
  }
}
