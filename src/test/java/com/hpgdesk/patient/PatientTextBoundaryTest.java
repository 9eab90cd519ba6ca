package com.hpgdesk.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11: text as it really arrives (pasted from other systems, typed with other input methods, sent by a
 * client that ignores the browser's limits) gets a message at its field or is stored as it will be read,
 * never a database error.
 */
@DeskSpringTest
class PatientTextBoundaryTest {

    static final List<String> CORPUS = TextCorpus.STRINGS;

    /** Every text field of the patient form, as the service receives it. */
    static final Map<String, BiFunction<PatientDetails, String, PatientDetails>> TEXT_FIELDS = Map.of(
            "recordNumber", (d, text) -> new PatientDetails(text, d.givenName(), d.familyName(), d.dateOfBirth(),
                    d.email(), d.phone(), d.address(), d.responsibleClinicianId(), null, null, d.baselineNote()),
            "givenName", (d, text) -> new PatientDetails(d.recordNumber(), text, d.familyName(), d.dateOfBirth(),
                    d.email(), d.phone(), d.address(), d.responsibleClinicianId(), null, null, d.baselineNote()),
            "familyName", (d, text) -> new PatientDetails(d.recordNumber(), d.givenName(), text, d.dateOfBirth(),
                    d.email(), d.phone(), d.address(), d.responsibleClinicianId(), null, null, d.baselineNote()),
            "email", (d, text) -> new PatientDetails(d.recordNumber(), d.givenName(), d.familyName(),
                    d.dateOfBirth(), text, d.phone(), d.address(), d.responsibleClinicianId(), null, null,
                    d.baselineNote()),
            "phone", (d, text) -> new PatientDetails(d.recordNumber(), d.givenName(), d.familyName(),
                    d.dateOfBirth(), d.email(), text, d.address(), d.responsibleClinicianId(), null, null,
                    d.baselineNote()),
            "address", (d, text) -> new PatientDetails(d.recordNumber(), d.givenName(), d.familyName(),
                    d.dateOfBirth(), d.email(), d.phone(), text, d.responsibleClinicianId(), null, null,
                    d.baselineNote()),
            "baselineNote", (d, text) -> new PatientDetails(d.recordNumber(), d.givenName(), d.familyName(),
                    d.dateOfBirth(), d.email(), d.phone(), d.address(), d.responsibleClinicianId(), null, null,
                    text));

    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private PatientDetails valid() {
        long clinician = SystemActor.call(() -> accounts.listActiveClinicians().getFirst().getId());
        return new PatientDetails("TB-" + UUID.randomUUID().toString().substring(0, 8), "Adam", "Nowak",
                LocalDate.of(1984, 5, 17), "adam@example.org", "+48 12 345 67 89", "ul. Długa 1\nKraków",
                clinician, null, null, "before the first course");
    }

    @Test
    void everyTextFieldAnswersEveryStringWithAFieldMessageOrAStoredValueThatReadsAsTyped() {
        var unexpected = new ArrayList<String>();
        for (var field : TEXT_FIELDS.entrySet()) {
            for (String text : CORPUS) {
                var details = field.getValue().apply(valid(), text);
                try {
                    var saved = SystemActor.call(() -> patients.register(details));
                    var stored = saved.details();
                    for (String value : new String[] {stored.recordNumber(), stored.givenName(), stored.familyName(),
                            stored.email(), stored.address(), stored.baselineNote()}) {
                        if (value != null && PatientRules.unprintable(value, true) != null) {
                            unexpected.add(field.getKey() + " stored " + escaped(value));
                        }
                    }
                    if (!stored.recordNumber().matches("[A-Za-z0-9-]{1,40}")) {
                        unexpected.add(field.getKey() + " stored record number " + escaped(stored.recordNumber()));
                    }
                } catch (InvalidInputException refused) {
                    if (!refused.fieldErrors().containsKey(field.getKey())) {
                        unexpected.add(field.getKey() + " refused " + escaped(text) + " elsewhere: "
                                + refused.fieldErrors());
                    }
                } catch (RuntimeException failure) {
                    unexpected.add(field.getKey() + " failed on " + escaped(text) + ": " + failure);
                }
            }
        }
        assertThat(unexpected).isEmpty();
    }

    @Test
    void fullWidthDigitsAreTheSameRecordNumberAsAsciiOnes() {
        String digits = String.valueOf(100_000_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(),
                800_000_000L));
        var fullWidth = new StringBuilder();
        digits.chars().forEach(digit -> fullWidth.append((char) ('０' + (digit - '0'))));

        var saved = SystemActor.call(() -> patients.register(TEXT_FIELDS.get("recordNumber")
                .apply(valid(), fullWidth.toString())));
        assertThat(saved.getRecordNumber()).isEqualTo(digits);

        assertThatThrownBy(() -> SystemActor.call(() -> patients.register(TEXT_FIELDS.get("recordNumber")
                .apply(valid(), digits))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("recordNumber", "Record number " + digits + " already belongs to another patient."));
        var found = SystemActor.call(() -> patients.search(new PatientQuery(fullWidth.toString(), null, null),
                org.springframework.data.domain.PageRequest.of(0, 5)));
        assertThat(found).extracting(Patient::id).containsExactly(saved.id());
    }

    @Test
    void eachKnownBreakageGetsItsOwnMessage() {
        assertThat(refusal("recordNumber", "ß".repeat(25))).contains("Latin letters (A-Z), digits (0-9) or hyphens");
        assertThat(refusal("recordNumber", "ﬃ".repeat(20))).contains("up to 40");
        assertThat(refusal("givenName", "Anna\u202Eanna")).contains("invisible formatting character (U+202E");
        assertThat(refusal("familyName", "\uFEFFNowak")).contains("invisible formatting character (U+FEFF");
        assertThat(refusal("familyName", "\uFDFA".repeat(100))).contains("Written out in Latin letters");
        assertThat(refusal("address", "nul\u0000byte")).contains("control characters");
        assertThat(refusal("baselineNote", "half\uD800pair")).contains("a broken character");
        // Joiners belong to the spelling of Persian and Indic names.
        var persian = SystemActor.call(() -> patients.register(TEXT_FIELDS.get("familyName")
                .apply(valid(), "نیک\u200Cپور")));
        assertThat(persian.getFamilyName()).isEqualTo("نیک\u200Cپور");
    }

    @Test
    void aRecordNumberGivenUnderTheEarlierRuleIsKeptWhenThePatientIsEdited() {
        var patient = SystemActor.call(() -> patients.register(valid()));
        String legacy = "OLD/" + UUID.randomUUID().toString().substring(0, 6) + ".1";
        // Stored the way the earlier rule let it in (dots and slashes).
        jdbc.update("update patient set record_number = ?, record_number_key = ? where id = ?", legacy,
                legacy.toUpperCase(java.util.Locale.ROOT), patient.id());
        var kept = new PatientDetails(legacy, "Adam", "Nowak-Kowalski", patient.getDateOfBirth(), null, null, null,
                patient.getResponsibleClinicianId(), null, null, null);

        var saved = SystemActor.call(() -> patients.update(patient.id(), patient.getVersion(), kept));

        assertThat(saved.getRecordNumber()).isEqualTo(legacy);
        assertThat(saved.getFamilyName()).isEqualTo("Nowak-Kowalski");
        // Typed anew, the same number is refused.
        assertThat(refusal("recordNumber", legacy.replace("OLD", "NEW"))).contains("Latin letters");
    }

    private String refusal(String field, String text) {
        try {
            SystemActor.call(() -> patients.register(TEXT_FIELDS.get(field).apply(valid(), text)));
        } catch (InvalidInputException refused) {
            assertThat(refused.fieldErrors()).containsKey(field);
            return refused.fieldErrors().get(field);
        }
        return fail("Accepted " + escaped(text) + " as " + field);
    }

    private static String escaped(String text) {
        var out = new StringBuilder();
        text.codePoints().limit(30).forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", c)
                : String.valueOf((char) c)));
        return out.toString();
    }
}
