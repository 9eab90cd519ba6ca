package com.hpgdesk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date pickers that show dates unambiguously (2026-03-14) and also read the day-first forms clinics type
 * (14.03.2026, 14/03/2026). The browser's own locale format is not used: 03/04 means different days to
 * different clinicians.
 */
public final class DateFields {

    public static final String FORMATS_HINT = "e.g. 2026-03-14 or 14.03.2026";

    private DateFields() {
    }

    public static DatePicker create(String label) {
        var picker = new DatePicker(label);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats("yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy")
                .setFirstDayOfWeek(1));
        picker.setPlaceholder("YYYY-MM-DD");
        picker.setAllowedCharPattern("[0-9./-]");
        return picker;
    }
}
