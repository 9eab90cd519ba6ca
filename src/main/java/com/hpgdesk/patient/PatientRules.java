package com.hpgdesk.patient;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks a patient and an androgen course must pass before anything is saved. Plain Java, so the
 * rules are tested without a database; each refusal names the field and says what to do.
 */
final class PatientRules {

    static final int MIN_AGE = 18;
    static final int MAX_AGE = 120;
    /** Far above any prescribed or reported single dose (undecanoate 1,000 mg, pellets ~1,200 mg). */
    static final BigDecimal MAX_DOSE_MG = new BigDecimal("5000");
    static final BigDecimal MAX_DOSE_ML = new BigDecimal("20");
    static final BigDecimal MAX_DOSE_GEL_G = new BigDecimal("20");
    static final BigDecimal MAX_BASELINE_TESTOSTERONE = new BigDecimal("5000");
    static final BigDecimal MAX_BASELINE_SPERM = new BigDecimal("1000");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** After NFKC: ASCII only, so upper-casing for the key never changes its length ("ß" would become "SS"). */
    private static final Pattern RECORD_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");
    /** Joiners are invisible but part of the spelling of Persian, Indic and some emoji-free names: kept. */
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ()./-]{5,40}");

    private PatientRules() {
    }

    static InvalidInputException.Collector checkPatient(PatientDetails details, LocalDate today) {
        return checkPatient(details, today, null);
    }

    /**
     * @param storedRecordNumber the record number the patient has now, when editing: one given under the
     *     earlier, wider rule (dots, slashes, other scripts) may be kept, but not newly typed
     */
    static InvalidInputException.Collector checkPatient(PatientDetails details, LocalDate today,
                                                        @Nullable String storedRecordNumber) {
        var problems = new InvalidInputException.Collector();
        String recordNumber = Patient.normalRecordNumber(details.recordNumber());
        if (recordNumber.isEmpty()) {
            problems.reject("recordNumber", "Enter the practice record number.");
        } else if (!RECORD_NUMBER.matcher(recordNumber).matches() && !recordNumber.equals(storedRecordNumber)) {
            problems.reject("recordNumber", "Use up to 40 Latin letters (A-Z), digits (0-9) or hyphens, "
                    + "starting with a letter or digit.");
        }
        checkName("givenName", "given name", details.givenName(), problems);
        checkName("familyName", "family name", details.familyName(), problems);
        if (!problems.has("givenName") && !problems.has("familyName")) {
            int folded = NameFolding.searchName(details.givenName(), details.familyName()).length();
            if (folded > NameFolding.MAX_LENGTH) {
                // At the family name, unless the given name alone is too long: then only shortening it helps.
                boolean givenAlone = NameFolding.searchName(details.givenName(), "").length() > NameFolding.MAX_LENGTH;
                problems.reject(givenAlone ? "givenName" : "familyName", "Written out in Latin letters for search, this name takes " + folded
                        + " characters, more than the " + NameFolding.MAX_LENGTH + " the registry keeps: shorten the "
                        + "given or family name.");
            }
        }

        LocalDate born = details.dateOfBirth();
        if (born == null) {
            problems.reject("dateOfBirth", "Enter the date of birth, e.g. 1980-03-14.");
        } else if (born.isAfter(today)) {
            problems.reject("dateOfBirth", "The date of birth is in the future.");
        } else if (Period.between(born, today).getYears() < MIN_AGE) {
            problems.reject("dateOfBirth", "The patient is under " + MIN_AGE
                    + ": this desk is for adult men only.");
        } else if (Period.between(born, today).getYears() > MAX_AGE) {
            problems.reject("dateOfBirth", "That makes the patient older than " + MAX_AGE + ": check the year.");
        }
        if (details.email() != null && !details.email().isBlank()
                && (!EMAIL.matcher(details.email().strip()).matches() || details.email().strip().length() > 254
                        || unprintable(details.email(), false) != null)) {
            problems.reject("email", "Enter an e-mail address like name@example.org, or leave it empty.");
        }
        if (details.phone() != null && !details.phone().isBlank() && !PHONE.matcher(details.phone().strip()).matches()) {
            problems.reject("phone", "Use digits, spaces, brackets, hyphens and a leading + only.");
        }
        if (details.address() != null && details.address().strip().length() > 500) {
            problems.reject("address", "Keep the address to 500 characters or fewer.");
        } else if (details.address() != null && unprintable(details.address(), true) != null) {
            problems.reject("address", "The address contains " + unprintable(details.address(), true) + ".");
        }
        if (details.responsibleClinicianId() == null) {
            problems.reject("responsibleClinicianId", "Choose the responsible clinician.");
        }
        checkRange("baselineTestosteroneNgPerDl", details.baselineTestosteroneNgPerDl(), MAX_BASELINE_TESTOSTERONE,
                "ng/dL", problems);
        checkRange("baselineSpermMillionPerMl", details.baselineSpermMillionPerMl(), MAX_BASELINE_SPERM,
                "million/mL", problems);
        if (details.baselineNote() != null && details.baselineNote().strip().length() > 500) {
            problems.reject("baselineNote", "Keep the note to 500 characters or fewer.");
        } else if (details.baselineNote() != null && unprintable(details.baselineNote(), false) != null) {
            problems.reject("baselineNote", "The note contains " + unprintable(details.baselineNote(), false) + ".");
        }
        return problems;
    }

    static InvalidInputException.Collector checkCourse(CourseDetails details, LocalDate today, LocalDate dateOfBirth) {
        return checkCourse(details, today, dateOfBirth, List.of());
    }

    /**
     * @param otherCourses the patient's other courses (without the one being edited): only the most recent
     *                     course may be ongoing, and only one at a time
     */
    static InvalidInputException.Collector checkCourse(CourseDetails details, LocalDate today, LocalDate dateOfBirth,
                                                       List<? extends RecoveryClock.TreatmentCourse> otherCourses) {
        var problems = new InvalidInputException.Collector();
        if (details.kind() == null) {
            problems.reject("kind", "Choose what kind of course this was.");
        }
        if (details.compounds().isEmpty()) {
            problems.reject("compounds", "Choose at least one compound.");
        } else if (details.compounds().contains(Compound.OTHER)
                && (details.otherCompound() == null || details.otherCompound().isBlank())) {
            problems.reject("otherCompound", "Name the other compound.");
        }
        if (details.otherCompound() != null && details.otherCompound().strip().length() > 100) {
            problems.reject("otherCompound", "Keep the compound name to 100 characters or fewer.");
        }
        var dose = details.doseAmount();
        var unit = details.doseUnit();
        if (dose == null) {
            problems.reject("doseAmount", "Enter the dose.");
        } else if (dose.signum() <= 0) {
            problems.reject("doseAmount", "The dose must be more than zero.");
        } else if (unit != null && dose.compareTo(maxDose(unit)) > 0) {
            problems.reject("doseAmount", "A single dose of " + dose.stripTrailingZeros().toPlainString() + " "
                    + unit.label() + " is not plausible (at most " + maxDose(unit).toPlainString() + " "
                    + unit.label() + "). Check the value and unit.");
        }
        if (unit == null) {
            problems.reject("doseUnit", "Choose the dose unit.");
        }
        Integer interval = details.dosingIntervalDays();
        if (interval == null) {
            problems.reject("dosingIntervalDays", "Enter the days between doses (1 for daily).");
        } else if (interval < 1 || interval > 365) {
            problems.reject("dosingIntervalDays", "The dosing interval must be between 1 and 365 days.");
        }
        LocalDate start = details.startedOn();
        LocalDate last = details.lastDoseOn();
        if (start == null) {
            problems.reject("startedOn", "Enter when the course started.");
        } else if (start.isAfter(today)) {
            problems.reject("startedOn", "The start date is in the future.");
        } else if (start.isBefore(dateOfBirth.plusYears(10))) {
            problems.reject("startedOn", "The start date is before the patient was 10 years old: check the year.");
        }
        if (details.ongoing()) {
            if (last != null) {
                problems.reject("lastDoseOn", "A course he is still taking has no last dose: clear the date, "
                        + "or untick \"Still on treatment\".");
            }
            checkOngoing(start, otherCourses, problems);
        } else if (last == null) {
            problems.reject("lastDoseOn", "Enter the date of the last dose, or tick \"Still on treatment\" "
                    + "if he is still taking it.");
        } else if (last.isAfter(today)) {
            problems.reject("lastDoseOn", "The last dose cannot be in the future.");
        } else if (start != null && last.isBefore(start)) {
            problems.reject("lastDoseOn", "The last dose is before the first: check both dates.");
        }
        if (!details.ongoing() && start != null && !problems.has("startedOn")) {
            otherCourses.stream()
                    .filter(RecoveryClock.TreatmentCourse::isOngoing)
                    .filter(ongoing -> ongoing.getStartedOn().isBefore(start))
                    .findFirst()
                    .ifPresent(ongoing -> problems.reject("startedOn", "This course starts after the course of "
                            + DATE.format(ongoing.getStartedOn()) + ", which is still ongoing: record the last dose "
                            + "of that course first."));
        }
        if (details.notes() != null && details.notes().strip().length() > 1000) {
            problems.reject("notes", "Keep the notes to 1,000 characters or fewer.");
        }
        return problems;
    }

    private static void checkOngoing(@org.jspecify.annotations.Nullable LocalDate start,
                                     List<? extends RecoveryClock.TreatmentCourse> otherCourses,
                                     InvalidInputException.Collector problems) {
        var otherOngoing = otherCourses.stream().filter(RecoveryClock.TreatmentCourse::isOngoing).findFirst();
        if (otherOngoing.isPresent()) {
            problems.reject("ongoing", "The course of " + DATE.format(otherOngoing.get().getStartedOn())
                    + " is already marked as ongoing: record its last dose before marking another one.");
            return;
        }
        if (start == null) {
            return;
        }
        otherCourses.stream()
                .map(RecoveryClock.TreatmentCourse::getStartedOn)
                .filter(otherStart -> otherStart.isAfter(start))
                .max(LocalDate::compareTo)
                .ifPresent(later -> problems.reject("ongoing", "Only the most recent course can be ongoing, and the "
                        + "course of " + DATE.format(later) + " started later: enter this course's last dose."));
    }

    static InvalidInputException.Collector checkNote(LocalDate notedOn, String body, LocalDate today) {
        var problems = new InvalidInputException.Collector();
        if (notedOn.isAfter(today)) {
            problems.reject("notedOn", "A note cannot be dated in the future.");
        }
        if (body.isBlank()) {
            problems.reject("body", "Write the note.");
        } else if (body.length() > 4000) {
            problems.reject("body", "Keep a note to 4,000 characters or fewer; split a longer one.");
        } else if (unprintable(body, true) != null) {
            problems.reject("body", "The note contains " + unprintable(body, true) + ".");
        }
        return problems;
    }

    static BigDecimal maxDose(DoseUnit unit) {
        return switch (unit) {
            case MG -> MAX_DOSE_MG;
            case ML -> MAX_DOSE_ML;
            case G_GEL -> MAX_DOSE_GEL_G;
        };
    }

    private static void checkName(String field, String what, String value, InvalidInputException.Collector problems) {
        String name = value.strip();
        if (name.isEmpty()) {
            problems.reject(field, "Enter the " + what + ".");
        } else if (name.length() > 100) {
            problems.reject(field, "Keep the " + what + " to 100 characters or fewer.");
        } else if (unprintable(name, false) != null) {
            problems.reject(field, "The " + what + " contains " + unprintable(name, false) + ".");
        }
    }

    /**
     * What in a typed text must not be stored, described for the person who typed it, or null. Control
     * characters (a line break in a one-line field, NUL, which PostgreSQL refuses) and invisible format
     * characters (Unicode category Cf: a right-to-left override makes a name read differently from what it is)
     * usually arrive by pasting; half a surrogate pair cannot be stored as UTF-8 at all.
     */
    static @Nullable String unprintable(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (Character.isISOControl(c)) {
                return "control characters (such as a line break)";
            }
            int type = Character.getType(c);
            if (type == Character.FORMAT && c != ZERO_WIDTH_NON_JOINER && c != ZERO_WIDTH_JOINER) {
                return "an invisible formatting character (U+" + String.format("%04X", c)
                        + ", e.g. a text-direction override), which usually comes with pasted text: retype it";
            }
            if (type == Character.SURROGATE) {
                return "a broken character: retype it";
            }
        }
        return null;
    }

    private static void checkRange(String field, @org.jspecify.annotations.Nullable BigDecimal value, BigDecimal max, String unit,
                                   InvalidInputException.Collector problems) {
        if (value != null && (value.signum() < 0 || value.compareTo(max) > 0)) {
            problems.reject(field, "Enter a value from 0 to " + max.toPlainString() + " " + unit + ", or leave it empty.");
        }
    }
}
