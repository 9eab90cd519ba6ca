/**
 * Restart protocols: what a clinician prescribes to bring back a man's own hormone production after TRT or
 * anabolic steroids, the templates of common practice, and the timeline of treatment phases for charts.
 * {@link com.hpgdesk.protocol.RestartProtocolService} is the feature's API.
 */
@NullMarked
package com.hpgdesk.protocol;

import org.jspecify.annotations.NullMarked;
