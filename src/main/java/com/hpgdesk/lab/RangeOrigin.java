package com.hpgdesk.lab;

/** Whose reference range a flag was computed against; the lab's own range always wins over the default. */
public enum RangeOrigin {
    LAB,
    DEFAULT,
    NONE
}
