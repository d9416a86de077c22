/**
 * The record's web side: the C2SP tlog-tiles read endpoints under {@code /log/}, the JSON API under
 * {@code /api/v1/record/} (proofs, receipts, entries, witnesses), and the pages under {@code /record}.
 */
@NullMarked
package org.tribunal.record.web;

import org.jspecify.annotations.NullMarked;
