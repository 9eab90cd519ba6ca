package com.hpgdesk.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.patient.TextCorpus;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.AbstractField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 11, through the screen: the same corpus in every text field of the registration form ends either on
 * the new patient's page or with a message at that field, never with an error page.
 */
@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class PatientFormTextBoundaryTest extends SpringBrowserlessTest {

    private static final List<Function<PatientForm, AbstractField<?, String>>> TEXT_FIELDS = List.of(
            form -> form.recordNumber, form -> form.givenName, form -> form.familyName, form -> form.email,
            form -> form.phone, form -> form.address, form -> form.baselineNote);

    @Test
    void everyTextFieldOfTheFormAnswersEveryStringWithAFieldMessageOrThePatientsPage() {
        var unexpected = new ArrayList<String>();
        int registered = 0;
        for (var fieldOf : TEXT_FIELDS) {
            PatientForm form = openRegistration();
            for (String text : TextCorpus.STRINGS) {
                fillValidDetails(form);
                var field = fieldOf.apply(form);
                // What a client sends, past the browser's own length limits.
                field.setValue(text);
                test($(Button.class).withText("Register").single()).click();

                if (getCurrentView() instanceof PatientView) {
                    registered++;
                    form = openRegistration();
                    continue;
                }
                var validated = (HasValidation) field;
                if (!$(Dialog.class).single().isOpened() || !validated.isInvalid()
                        || validated.getErrorMessage() == null || validated.getErrorMessage().isBlank()) {
                    unexpected.add(field.getElement().getProperty("label", "?") + ": no message for "
                            + text.codePoints().limit(12).mapToObj(c -> String.format("U+%04X", c)).toList());
                }
            }
        }
        assertThat(unexpected).isEmpty();
        // Both ends were reached: some strings are fine somewhere, and many are refused.
        assertThat(registered).isBetween(1, TEXT_FIELDS.size() * TextCorpus.STRINGS.size() - 1);
    }

    private PatientForm openRegistration() {
        // A refused registration leaves its dialog open, and dialogs outlive navigation.
        $(Dialog.class).all().forEach(Dialog::close);
        navigate(PatientsView.class);
        test($(Button.class).withText("Register patient").single()).click();
        return $(PatientForm.class).single();
    }

    private static void fillValidDetails(PatientForm form) {
        form.recordNumber.setValue("UIB-" + UUID.randomUUID().toString().substring(0, 8));
        form.givenName.setValue("Adam");
        form.familyName.setValue("Nowak");
        form.dateOfBirth.setValue(LocalDate.of(1984, 5, 17));
        form.email.setValue("");
        form.phone.setValue("");
        form.address.setValue("");
        form.baselineNote.setValue("");
    }
}
