/**
 * Implementation of the access module: user accounts, API tokens and the access audit, stored with
 * Spring JDBC in the {@code access} schema, and the first administrator and demo users created at
 * first start. Only the principal and the audit log are public, for the security layer.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.access.domain;
