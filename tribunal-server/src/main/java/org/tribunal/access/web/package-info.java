/**
 * The access module's web layer: the login page, the administrators' pages for users, tokens and the
 * audit, and the {@code /api/v1/access} API. Every handler carries an explicit {@code @PreAuthorize}.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.access.web;
