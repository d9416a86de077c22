/**
 * Database wiring: an embedded PostgreSQL when no external one is configured, and Flyway migrations
 * run module by module.
 */
@NullMarked
package org.tribunal.platform.database;

import org.jspecify.annotations.NullMarked;
