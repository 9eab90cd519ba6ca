package com.hpgdesk.base.ui;

import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import java.util.List;
import java.util.function.Function;

/**
 * One way for a form to save: refusals go to the fields they concern (the rest to a notice), and a copy
 * someone else changed meanwhile is refused with a Reload action. Nothing is saved in either case.
 */
public final class SaveAttempt {

    private SaveAttempt() {
    }

    /**
     * @param save the service call
     * @param showAtFields shows a refusal at the form's fields and returns the messages no field took
     * @param reload what Reload does after a concurrent edit (typically: close the dialog, re-read the record)
     * @return true when the save went through
     */
    public static boolean run(Runnable save, Function<InvalidInputException, List<String>> showAtFields,
                              Runnable reload) {
        try {
            save.run();
            return true;
        } catch (InvalidInputException refusal) {
            showAtFields.apply(refusal).forEach(Notices::error);
            return false;
        } catch (ConcurrentEditException stale) {
            Notices.staleCopy(stale.getMessage(), reload);
            return false;
        }
    }
}
