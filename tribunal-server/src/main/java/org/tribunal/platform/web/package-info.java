/**
 * Web wiring shared by every module: RFC 9457 problem details for every API error, languages
 * (en, fr, uk) and the page layout.
 */
@NullMarked
package org.tribunal.platform.web;

import org.jspecify.annotations.NullMarked;
