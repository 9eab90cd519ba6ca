@NullMarked
package com.hpgdesk.review.ui;

import org.jspecify.annotations.NullMarked;
