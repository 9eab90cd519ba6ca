package com.hpgdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every catalogue entry and derived marker says who its figures come from, and the citation matches what the
 * cited work studied. The expected citations are kept here as data.
 */
class MarkerSourcesTest {

    /** Stored with every result that takes the catalogue's range (lab_result.range_source). */
    private static final int STORED_SOURCE_LENGTH = 300;

    private static final Map<String, String[]> EXPECTED = Map.of(
            "PSA", new String[] {"Oesterling", "1993", "40–79"},
            "SPERM_CONCENTRATION", new String[] {"WHO", "2021", "16"},
            "PROGRESSIVE_MOTILITY", new String[] {"WHO", "2021", "30 %"},
            "TOTAL_MOTILE_COUNT", new String[] {"Kohn", "2017", "after TRT"},
            "HS_CRP", new String[] {"Pearson 2003"},
            "FREE_TESTOSTERONE", new String[] {"ARUP"},
            "LH", new String[] {"Mayo"});

    private final MarkerCatalogue catalogue = MarkerCatalogue.standard();

    @Test
    void everyMarkerHasASourceThatFitsWhereItIsStored() {
        assertThat(catalogue.markers()).allSatisfy(marker -> assertThat(marker.rangeSource())
                .as(marker.key().value()).isNotBlank().hasSizeLessThanOrEqualTo(STORED_SOURCE_LENGTH));
    }

    @Test
    void citesTheExpectedSourcePerMarker() {
        EXPECTED.forEach((key, words) -> assertThat(catalogue.get(new MarkerKey(key)).rangeSource()).as(key)
                .contains(words));
    }

    @Test
    void thePsaLimitUnderFortyIsNotCreditedToTheStudyOfMenAgedFortyAndOver() {
        var psa = catalogue.get(new MarkerKey("PSA"));
        assertThat(psa.defaultRange(30)).as("a limit under 40 is still shown").isPresent();
        assertThat(psa.rangeSource()).contains("Under 40: no age-specific study is cited")
                .contains("practice convention").doesNotContain("< 40 y 2.0");
    }

    @Test
    void derivedMarkersCiteTheirStudyAndSayWhatItWas() {
        assertThat(CalculatedFreeTestosterone.CITATION).contains("Vermeulen", "1999");
        assertThat(HomaIr.CITATION).contains("Matthews", "1985");
        assertThat(TestosteroneEstradiolRatio.CITATION)
                .contains("Pavlovich CP", "Evidence of a treatable endocrinopathy in infertile men", "J Urol",
                        "2001;165(3):837–841")
                .contains("63 men with severe male-factor infertility", "fertile controls", "testolactone")
                .contains("cut-off of 10 is a practice convention");
    }
}
