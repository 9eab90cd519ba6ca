package com.hpgdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkerCatalogueTest {

    private final MarkerCatalogue catalogue = MarkerCatalogue.standard();

    @Test
    void holdsEveryMarkerOfTheDomainNotes() {
        assertThat(catalogue.markers()).extracting(m -> m.key().value()).contains(
                "TOTAL_TESTOSTERONE", "FREE_TESTOSTERONE", "LH", "FSH", "ESTRADIOL", "SHBG", "PROLACTIN", "HS_CRP", "IL6",
                "FASTING_GLUCOSE", "FASTING_INSULIN", "HBA1C", "VITAMIN_D_25OH", "ZINC", "MAGNESIUM", "CORTISOL_AM",
                "HEMATOCRIT", "PSA", "SPERM_CONCENTRATION", "ALBUMIN", "TOTAL_MOTILE_COUNT", "PROGRESSIVE_MOTILITY");
    }

    @Test
    void everyMarkerCarriesASourceAndAPlausibilityBasis() {
        assertThat(catalogue.markers()).allSatisfy(m -> {
            assertThat(m.rangeSource()).isNotBlank();
            assertThat(m.plausibleLimits().basis()).isNotBlank();
            if (m.defaultRanges().isEmpty()) {
                assertThat(m.note()).as("why %s has no default range", m.key()).isPresent();
            }
            assertThat(m.acceptedUnits()).first().isEqualTo(m.canonicalUnit());
        });
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2986-8, TOTAL_TESTOSTERONE",
            "20568-2, PROLACTIN",
            "2842-3, PROLACTIN",
            "27873-9, FASTING_INSULIN",
            "20448-7, INSULIN",
            "14913-8, TOTAL_TESTOSTERONE",
            "49041-7, TOTAL_TESTOSTERONE",
            "2991-8, FREE_TESTOSTERONE_METHOD_UNKNOWN",
            "2243-4, ESTRADIOL_METHOD_UNKNOWN",
            "14715-7, ESTRADIOL_METHOD_UNKNOWN",
            "1558-6, FASTING_GLUCOSE",
            "14771-0, FASTING_GLUCOSE",
            "2345-7, GLUCOSE",
            "14749-6, GLUCOSE",
            "2143-6, CORTISOL",
            "14675-3, CORTISOL",
            "9813-7, CORTISOL_AM",
            "59261-8, HBA1C",
            "62292-8, VITAMIN_D_25OH",
            "1989-3, VITAMIN_D_25OH",
            "14635-7, VITAMIN_D_25OH",
            "2601-3, MAGNESIUM",
            "9780-8, SPERM_CONCENTRATION",
            "11068-0, SPERM_CONCENTRATION",
            "10501-5, LH",
            "4548-4, HBA1C",
    })
    void findsMarkersByPrimaryAndAlternateLoinc(String code, String key) {
        assertThat(catalogue.byLoinc(code)).map(m -> m.key().value()).contains(key);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "TT | TOTAL_TESTOSTERONE",
            "Testosterone, total | TOTAL_TESTOSTERONE",
            "TESTOSTERONE TOTAL | TOTAL_TESTOSTERONE",
            "total t | TOTAL_TESTOSTERONE",
            "Free T | FREE_TESTOSTERONE_METHOD_UNKNOWN",
            "Free testosterone, equilibrium dialysis | FREE_TESTOSTERONE",
            "Luteinizing hormone | LH",
            "e2 | ESTRADIOL_METHOD_UNKNOWN",
            "Estradiol | ESTRADIOL_METHOD_UNKNOWN",
            "Estradiol, sensitive | ESTRADIOL",
            "Estradiol LC-MS/MS | ESTRADIOL",
            "Glucose | GLUCOSE",
            "Glucose, fasting | FASTING_GLUCOSE",
            "Insulin | INSULIN",
            "Cortisol | CORTISOL",
            "AM cortisol | CORTISOL_AM",
            "hs-CRP | HS_CRP",
            "IL-6 | IL6",
            "25(OH)D | VITAMIN_D_25OH",
            "HbA1c | HBA1C",
            "Haematocrit | HEMATOCRIT",
            "total_motile_count | TOTAL_MOTILE_COUNT",
    })
    void findsMarkersByNameAliasOrKeyIgnoringCaseAndPunctuation(String name, String key) {
        assertThat(catalogue.byName(name)).map(m -> m.key().value()).contains(key);
        assertThat(catalogue.recognise(name)).map(m -> m.key().value()).contains(key);
    }

    @Test
    void unknownNamesAndCodesAreNotGuessed() {
        assertThat(catalogue.byName("xyz")).isEmpty();
        assertThat(catalogue.byName("---")).isEmpty();
        assertThat(catalogue.byLoinc("0000-0")).isEmpty();
        assertThatThrownBy(() -> catalogue.get(new MarkerKey("NOPE"))).hasMessageContaining("NOPE");
    }

    @Test
    void aMarkerAddedAsDataIsUsableWithoutCode() {
        MarkerCatalogue custom = load("""
                {"markers": [{"key": "DHEA_S", "name": "DHEA-S", "aliases": ["DHEAS"], "loinc": ["2191-5"],
                  "unit": "µg/dL", "conversions": [{"unit": "µmol/L", "multiply": 36.8}],
                  "ranges": [{"low": 80, "high": 560}], "rangeSource": "Example lab",
                  "plausible": {"low": 0, "high": 5000, "basis": "test"}, "decimals": 0}]}
                """);
        Marker dheas = custom.recognise("dheas").orElseThrow();
        assertThat(dheas.toCanonical(Quantity.of("10", Unit.UMOL_PER_L)).value()).isEqualByComparingTo("368");
        assertThat(custom.byLoinc("2191-5")).contains(dheas);
    }

    @Test
    void reportsEveryProblemOfABrokenFileWithItsPlace() {
        String broken = """
                {"markers": [
                  {"key": "LH", "name": "LH", "unit": "furlongs", "ranges": [{"low": 1, "high": 9}], "rangeSource": "x",
                   "plausible": {"low": 0, "high": 500, "basis": "x"}, "decimals": 1},
                  {"key": "LH", "name": "Lutropin", "aliases": ["LH"], "unit": "IU/L", "loinc": ["not-a-code"],
                   "conversions": [{"unit": "mIU/mL", "multiply": -1}],
                   "ranges": [{"ageFrom": 18, "ageTo": 60, "low": 1}, {"ageFrom": 50, "low": 2}], "rangeSource": "x",
                   "plausible": {"low": 5, "high": 1, "basis": "x"}, "decimals": 9}
                ]}
                """;
        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("marker #1 (LH) unit: \"furlongs\" is not a known unit")
                .hasMessageContaining("key LH is already used by marker #1")
                .hasMessageContaining("\"not-a-code\" is not a LOINC code")
                .hasMessageContaining("factors must be positive")
                .hasMessageContaining("ranges 1 and 2 cover the same ages")
                .hasMessageContaining("low 5 must be below high 1")
                .hasMessageContaining("\"decimals\" must be a whole number from 0 to 6");
    }

    @Test
    void refusesAnAliasClaimedByTwoMarkers() {
        String clash = """
                {"markers": [
                  {"key": "A", "name": "Alpha", "aliases": ["Same"], "unit": "IU/L", "ranges": [{"low": 1}],
                   "rangeSource": "x", "plausible": {"low": 0, "high": 5, "basis": "x"}, "decimals": 1},
                  {"key": "B", "name": "Beta", "aliases": ["SAME"], "unit": "IU/L", "ranges": [{"low": 1}],
                   "rangeSource": "x", "plausible": {"low": 0, "high": 5, "basis": "x"}, "decimals": 1}
                ]}
                """;
        assertThatThrownBy(() -> load(clash)).hasMessageContaining("name or alias \"same\" is already used by marker #1 (A)");
    }

    @Test
    void refusesFilesThatAreNotJsonOrHaveNoMarkers() {
        assertThatThrownBy(() -> load("{ not json")).hasMessageContaining("test.json is not valid JSON");
        assertThatThrownBy(() -> load("{\"markers\": []}")).hasMessageContaining("non-empty \"markers\" array");
    }

    private static MarkerCatalogue load(String json) {
        return MarkerCatalogue.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
