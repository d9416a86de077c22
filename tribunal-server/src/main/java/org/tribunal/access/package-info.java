/**
 * Access: users, roles, API tokens, clearances and compartments, and the access audit.
 *
 * <p>The types in this package are the module's API. Other modules ask who is calling through
 * {@link org.tribunal.access.AccessQueries#currentUser()} and record reads of non-public records
 * with {@link org.tribunal.access.AccessAudit}. Every controller handler in every module carries an
 * explicit {@code @PreAuthorize} rule; the rules may use the roles of {@link org.tribunal.access.Role}
 * and the bean {@code @access} ({@code org.tribunal.access.security.AccessRules}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package org.tribunal.access;
