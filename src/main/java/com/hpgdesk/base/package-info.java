/** What every feature shares: input refusal, concurrent-edit refusal, and the application shell in {@code ui}. */
@NullMarked
package com.hpgdesk.base;

import org.jspecify.annotations.NullMarked;
