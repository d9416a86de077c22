package org.tribunal.platform.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when an external PostgreSQL is configured, through {@code TRIBUNAL_DB_URL} (property
 * {@code tribunal.db.url}) or Spring's own {@code spring.datasource.url}.
 */
class ExternalDatabaseConfigured implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    var env = context.getEnvironment();
    return hasText(env.getProperty("spring.datasource.url"))
        || hasText(env.getProperty("tribunal.db.url"));
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  /** Matches when no external database is configured. */
  static class Not implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !new ExternalDatabaseConfigured().matches(context, metadata);
    }
  }
}
