package com.hpgdesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.review.ReviewRow;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The months-since-the-end column says in words where no month count applies, and never shows a negative count. */
class ReviewMonthsTest {

    private static ReviewRow row(boolean onTreatment, boolean lastDoseActing, Integer months) {
        return new ReviewRow(1L, "Müller", "Jonas", "HPG-00012", "Dr Maya Hale", onTreatment, lastDoseActing, months,
                null, null, null, null, null, RecoveryStatus.NOT_ENOUGH_DATA, Set.of(), null);
    }

    @Test
    void eachStateOfTheRecoveryClockReadsAsAClinicianWouldSayIt() {
        assertThat(PracticeReviewView.months(row(true, false, null))).isEqualTo("On treatment");
        assertThat(PracticeReviewView.months(row(false, true, null))).isEqualTo("Last dose acting");
        assertThat(PracticeReviewView.months(row(false, false, 7))).isEqualTo("7");
        assertThat(PracticeReviewView.months(row(false, false, null))).isEqualTo("No course");
    }
}
