/**
 * The append-only, tamper-evident audit trail: every feature records here each read or change of patient
 * data through {@link com.hpgdesk.audit.AuditTrail}. Records are chained by SHA-256 so that altering or
 * deleting one is detected by {@link com.hpgdesk.audit.AuditTrail#verifyChain()}.
 */
@NullMarked
package com.hpgdesk.audit;

import org.jspecify.annotations.NullMarked;
