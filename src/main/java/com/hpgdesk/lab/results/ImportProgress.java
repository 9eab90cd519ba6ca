package com.hpgdesk.lab.results;

/** Told how far a long import has got, so a screen can show progress; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (saved, total) -> { };

    void saved(int saved, int total);
}
