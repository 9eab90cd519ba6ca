package com.hpgdesk.patient.ui;

import com.hpgdesk.base.ui.DateFields;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.FieldMessages;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.security.UserAccount;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;

/** The fields of a patient's details, as one form for registering and editing. */
class PatientForm extends FormLayout {

    final TextField recordNumber = new TextField("Record number");
    final TextField givenName = new TextField("Given name");
    final TextField familyName = new TextField("Family name");
    final DatePicker dateOfBirth = DateFields.create("Date of birth");
    final ComboBox<UserAccount> clinician = new ComboBox<>("Responsible clinician");
    final EmailField email = new EmailField("E-mail");
    final TextField phone = new TextField("Phone");
    final TextArea address = new TextArea("Address");
    final BigDecimalField baselineTestosterone = new BigDecimalField("Baseline total testosterone");
    final BigDecimalField baselineSperm = new BigDecimalField("Baseline sperm concentration");
    final TextField baselineNote = new TextField("Baseline note");
    private final FieldMessages messages = new FieldMessages();

    PatientForm(List<UserAccount> clinicians, LocalDate today) {
        recordNumber.setRequired(true);
        recordNumber.setMaxLength(40);
        recordNumber.setHelperText("Letters A-Z, digits and hyphens");
        givenName.setRequired(true);
        givenName.setMaxLength(100);
        familyName.setRequired(true);
        familyName.setMaxLength(100);
        dateOfBirth.setRequired(true);
        dateOfBirth.setMax(today);
        dateOfBirth.setInitialPosition(today.minusYears(40));
        clinician.setRequired(true);
        clinician.setItems(clinicians);
        clinician.setItemLabelGenerator(UserAccount::getDisplayName);
        address.setMaxLength(500);
        baselineTestosterone.setSuffixComponent(new com.vaadin.flow.component.html.Span("ng/dL"));
        baselineTestosterone.setHelperText("Before any androgen use, if known (ng/dL)");
        baselineSperm.setSuffixComponent(new com.vaadin.flow.component.html.Span("million/mL"));
        baselineSperm.setHelperText("Before any androgen use, if known (10⁶/mL)");
        baselineNote.setMaxLength(500);

        add(recordNumber, clinician, givenName, familyName, dateOfBirth, email, phone, address);
        var baselines = new H3("Pre-treatment baseline");
        add(baselines, baselineTestosterone, baselineSperm, baselineNote);
        setColspan(baselines, 2);
        setColspan(address, 2);
        setColspan(baselineNote, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("520px", 2));

        messages.bind("recordNumber", recordNumber).bind("givenName", givenName).bind("familyName", familyName)
                .bind("dateOfBirth", dateOfBirth).bind("responsibleClinicianId", clinician).bind("email", email)
                .bind("phone", phone).bind("address", address)
                .bind("baselineTestosteroneNgPerDl", baselineTestosterone)
                .bind("baselineSpermMillionPerMl", baselineSperm).bind("baselineNote", baselineNote);
    }

    void show(PatientDetails details, List<UserAccount> clinicians) {
        recordNumber.setValue(details.recordNumber());
        givenName.setValue(details.givenName());
        familyName.setValue(details.familyName());
        dateOfBirth.setValue(details.dateOfBirth());
        clinician.setValue(clinicians.stream()
                .filter(account -> account.getId() != null && account.getId().equals(details.responsibleClinicianId()))
                .findFirst().orElse(null));
        email.setValue(orEmpty(details.email()));
        phone.setValue(orEmpty(details.phone()));
        address.setValue(orEmpty(details.address()));
        baselineTestosterone.setValue(details.baselineTestosteroneNgPerDl());
        baselineSperm.setValue(details.baselineSpermMillionPerMl());
        baselineNote.setValue(orEmpty(details.baselineNote()));
    }

    PatientDetails read() {
        var chosen = clinician.getValue();
        return new PatientDetails(recordNumber.getValue(), givenName.getValue(), familyName.getValue(),
                dateOfBirth.getValue(), email.getValue(), phone.getValue(), address.getValue(),
                chosen == null ? null : chosen.getId(), baselineTestosterone.getValue(), baselineSperm.getValue(),
                baselineNote.getValue());
    }

    /** Shows each refusal at its field; returns the messages no field took. */
    List<String> show(InvalidInputException refusal) {
        return messages.show(refusal);
    }

    private static String orEmpty(@org.jspecify.annotations.Nullable String text) {
        return text == null ? "" : text;
    }
}
