/**
 * All Spring Security configuration of Tribunal: the stateless {@code /api/**} chain (bearer API
 * tokens, 401/403 as problem+json), the UI chain (form login, logout, CSRF), method security with an
 * explicit {@code @PreAuthorize} on every handler (checked before the request body is read), and the
 * filter that writes every write request to the access audit.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.access.security;
