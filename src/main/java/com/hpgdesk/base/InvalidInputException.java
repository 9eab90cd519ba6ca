package com.hpgdesk.base;

import java.io.Serial;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input refused at a service boundary. Carries one message per field, so a form can put each message
 * next to the field it is about. Nothing has been saved when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /** Field name to message, in the order the problems were found. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects problems and throws once, so the user sees every problem at the same time. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector reject(String field, String message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
