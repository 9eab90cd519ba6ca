package com.hpgdesk.lifestyle.ui;

import com.hpgdesk.base.ui.DateFields;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.FieldMessages;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.lifestyle.BodyMassIndex;
import com.hpgdesk.lifestyle.LifestyleDetails;
import com.hpgdesk.lifestyle.LifestyleEntry;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import com.hpgdesk.lifestyle.LifestyleSection;
import com.hpgdesk.lifestyle.LifestyleService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The form for one week, in sections; each refusal appears at its field. */
class LifestyleEntryDialog extends Dialog {

    private final LifestyleService lifestyle;
    private final long patientId;
    private final @Nullable LifestyleEntry editing;
    private final Runnable saved;
    private final DatePicker weekOf = DateFields.create("Week of");
    private final Map<LifestyleMeasure, BigDecimalField> numbers = new EnumMap<>(LifestyleMeasure.class);
    private final Map<LifestyleMeasure, Select<Boolean>> answers = new EnumMap<>(LifestyleMeasure.class);
    private final TextField bmi = new TextField("BMI (worked out from weight and height)");
    private final FieldMessages messages = new FieldMessages();

    /**
     * @param editing the entry to change, or null for a new week
     * @param previous the latest earlier entry, whose height is offered again (height rarely changes)
     */
    LifestyleEntryDialog(LifestyleService lifestyle, long patientId, @Nullable LifestyleEntry editing,
                         @Nullable LifestyleEntry previous, Runnable saved) {
        this.lifestyle = lifestyle;
        this.patientId = patientId;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing == null ? "Record a week" : "Change the week of "
                + LifestylePanelFormat.date(editing.getWeekOf()));
        setWidth("min(60rem, 95vw)");

        weekOf.setRequired(true);
        weekOf.setHelperText("Any day of the week: the entry is kept under the Monday that starts it");
        weekOf.setMax(lifestyle.today());
        weekOf.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("d MMM yyyy"));
        messages.bind("weekOf", weekOf);
        add(new FormLayout(weekOf));

        for (LifestyleSection section : LifestyleSection.values()) {
            var form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
            for (LifestyleMeasure measure : LifestyleMeasure.in(section)) {
                switch (measure.kind()) {
                    case NUMBER -> form.add(numberField(measure));
                    case YES_NO -> form.add(answerField(measure));
                    case DERIVED -> form.add(bmiField());
                }
            }
            var heading = new H3(section.label());
            add(heading, form);
        }

        var details = editing != null ? editing.details() : null;
        if (details != null) {
            weekOf.setValue(details.weekOf());
            details.numbers().forEach((measure, value) -> numbers.get(measure).setValue(value));
            details.answers().forEach((measure, value) -> answers.get(measure).setValue(value));
        } else {
            weekOf.setValue(lifestyle.today());
            if (previous != null) {
                previous.number(LifestyleMeasure.HEIGHT).ifPresent(numbers.get(LifestyleMeasure.HEIGHT)::setValue);
            }
        }
        showBmi();

        var save = new Button(editing == null ? "Record week" : "Save changes", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("lifestyle-save");
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    BigDecimalField field(LifestyleMeasure measure) {
        return numbers.get(measure);
    }

    Select<Boolean> answer(LifestyleMeasure measure) {
        return answers.get(measure);
    }

    DatePicker weekOf() {
        return weekOf;
    }

    TextField bmi() {
        return bmi;
    }

    private BigDecimalField numberField(LifestyleMeasure measure) {
        var field = new BigDecimalField(measure.label());
        var unit = new Span(measure.unit());
        unit.getElement().setAttribute("aria-hidden", "true");
        field.setSuffixComponent(unit);
        lifestyle.limits().of(measure).ifPresent(bounds -> field.setHelperText("In " + measure.unit() + ", "
                + bounds.low().toPlainString() + " to " + bounds.high().toPlainString()));
        field.setClearButtonVisible(true);
        field.setId("lifestyle-" + measure.key());
        if (measure == LifestyleMeasure.WEIGHT || measure == LifestyleMeasure.HEIGHT) {
            field.addValueChangeListener(change -> showBmi());
        }
        numbers.put(measure, field);
        messages.bind(measure.key(), field);
        return field;
    }

    private Select<Boolean> answerField(LifestyleMeasure measure) {
        var select = new Select<Boolean>();
        select.setLabel(measure.label());
        select.setItems(Boolean.TRUE, Boolean.FALSE);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Not recorded");
        select.setItemLabelGenerator(answer -> answer == null ? "Not recorded" : answer ? "Yes" : "No");
        select.setHelperText("Yes, no, or not recorded");
        select.setId("lifestyle-" + measure.key());
        answers.put(measure, select);
        messages.bind(measure.key(), select);
        return select;
    }

    private TextField bmiField() {
        bmi.setReadOnly(true);
        bmi.setHelperText("In kg/m², from this week's weight and height");
        var unit = new Span("kg/m²");
        unit.getElement().setAttribute("aria-hidden", "true");
        bmi.setSuffixComponent(unit);
        bmi.setId("lifestyle-bmi");
        return bmi;
    }

    private void showBmi() {
        bmi.setValue(BodyMassIndex.of(numbers.get(LifestyleMeasure.WEIGHT).getValue(),
                numbers.get(LifestyleMeasure.HEIGHT).getValue()).map(BigDecimal::toPlainString).orElse(""));
    }

    private LifestyleDetails details() {
        var details = LifestyleDetails.weekOf(weekOf.getValue());
        for (var field : numbers.entrySet()) {
            details = details.with(field.getKey(), field.getValue().getValue());
        }
        for (var field : answers.entrySet()) {
            details = details.answer(field.getKey(), field.getValue().getValue());
        }
        return details;
    }

    private void save() {
        try {
            var entry = editing == null ? lifestyle.record(patientId, details())
                    : lifestyle.update(editing.id(), editing.getVersion(), details());
            Notices.success("Recorded the week of " + LifestylePanelFormat.date(entry.getWeekOf()));
            close();
            saved.run();
        } catch (InvalidInputException e) {
            messages.show(e).forEach(Notices::error);
        } catch (ConcurrentEditException e) {
            Notices.error(e.getMessage());
            close();
            saved.run();
        }
    }
}
