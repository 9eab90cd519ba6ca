package com.hpgdesk.base.ui;

import com.hpgdesk.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a service's refusal at the fields it concerns. Messages for fields the form does not show are
 * returned, so the form can show them in a general notice instead of dropping them.
 */
public final class FieldMessages {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldMessages bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(component -> {
            component.setInvalid(false);
            component.setErrorMessage(null);
        });
    }

    /** Marks each named field invalid with its message; returns the messages no field took. */
    public List<String> show(InvalidInputException refusal) {
        clear();
        List<String> unplaced = new ArrayList<>();
        refusal.fieldErrors().forEach((field, message) -> {
            var component = fields.get(field);
            if (component == null) {
                unplaced.add(message);
            } else {
                component.setErrorMessage(message);
                component.setInvalid(true);
            }
        });
        return unplaced;
    }
}
