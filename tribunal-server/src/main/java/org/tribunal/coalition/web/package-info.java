/**
 * The coalition registry on the web: the REST API under {@code /api/v1} (JSON, CSV, cursor pagination) and the
 * Thymeleaf pages under {@code /coalition}. Controllers only translate; every rule lives behind the module's facades.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.coalition.web;
