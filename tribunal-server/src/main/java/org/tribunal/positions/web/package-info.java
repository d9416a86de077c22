/**
 * The positions API under {@code /api/v1/positions} (JSON, CSV, Atom) and its pages under
 * {@code /positions} (Thymeleaf, en/fr/uk, readable without JavaScript; the map and charts use the
 * bundled ECharts).
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.positions.web;
