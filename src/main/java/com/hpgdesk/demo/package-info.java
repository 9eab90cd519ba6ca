@NullMarked
package com.hpgdesk.demo;

import org.jspecify.annotations.NullMarked;
