package org.tribunal.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at a fresh database in the shared test PostgreSQL. */
public class TestDatabaseInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String url = TestDatabase.createDatabase();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "testDatabase",
                Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "")));
  }
}
