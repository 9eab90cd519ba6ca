/**
 * Running the desk: backups of the embedded H2 database (taken while the desk runs, or from the command line
 * while it is stopped), their checksums, and restoring one into place.
 */
@NullMarked
package com.hpgdesk.operations;

import org.jspecify.annotations.NullMarked;
