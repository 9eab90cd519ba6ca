/**
 * Reading lab export files (CSV with comma, semicolon or tab) into checked, converted and flagged rows.
 * Garbage in gives a result that says what is wrong, never an exception.
 */
@NullMarked
package com.hpgdesk.lab.importer;

import org.jspecify.annotations.NullMarked;
