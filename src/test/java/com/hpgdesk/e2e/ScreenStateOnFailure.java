package com.hpgdesk.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When an end-to-end test fails, says what the screen showed at that moment: the address, the headings, any
 * notifications and every field the app marked invalid with its message. CI keeps only the failure message,
 * so this is what tells a refused save from a slow page.
 */
class ScreenStateOnFailure implements TestExecutionExceptionHandler {

    private static final String DESCRIBE = """
            () => {
              const text = e => (e.innerText || e.textContent || '').replace(/\\s+/g, ' ').trim();
              const headings = [...document.querySelectorAll('h1, h2')].map(text).filter(t => t);
              const notices = [...document.querySelectorAll('vaadin-notification-card')].map(text).filter(t => t);
              const invalid = [...document.querySelectorAll('[invalid]')]
                  .map(f => (f.label || f.getAttribute('aria-label') || f.localName) + ': ' + (f.errorMessage || ''));
              return 'address ' + location.pathname + location.search
                  + '; headings ' + JSON.stringify(headings)
                  + '; notifications ' + JSON.stringify(notices)
                  + '; invalid fields ' + JSON.stringify(invalid);
            }""";

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        var test = context.getTestInstance().filter(BrowserTestBase.class::isInstance).map(BrowserTestBase.class::cast);
        String screen;
        try {
            screen = test.map(t -> String.valueOf(t.page.evaluate(DESCRIBE))).orElse("no page");
        } catch (RuntimeException unreadable) {
            screen = "the page could not be read: " + unreadable.getMessage();
        }
        var described = new AssertionError(failure.getMessage() + "\nOn screen: " + screen, failure);
        described.setStackTrace(failure.getStackTrace());
        throw described;
    }
}
