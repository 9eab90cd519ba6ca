/**
 * Earlier versions of patient records (patients, androgen courses, lifestyle weeks, restart protocols): what a
 * record was before each edit or deletion, who replaced it and when. Features keep them through
 * {@link com.hpgdesk.history.RecordHistory} in the transaction of the change, as lab results keep theirs.
 */
@NullMarked
package com.hpgdesk.history;

import org.jspecify.annotations.NullMarked;
