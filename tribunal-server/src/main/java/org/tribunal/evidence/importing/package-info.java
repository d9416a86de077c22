/**
 * Bulk intake of a folder from the command line: {@link org.tribunal.evidence.importing.FolderImport}
 * walks a folder and streams every file to a running server's raw upload API
 * ({@code POST /api/v1/evidence}, {@code application/octet-stream}) with an API token, so each file goes
 * through the same intake, access checks and custody record as any upload. It is a client: it never
 * touches the database or the store, and it is launched from the server jar without starting Spring.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.evidence.importing;
