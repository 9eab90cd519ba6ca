package com.hpgdesk.lab.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerCatalogue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkerNamesTest {

    private final MarkerNames standard = new MarkerNames(MarkerCatalogue.standard());

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "Testosterone, Total, MS | TOTAL_TESTOSTERONE",
            "Testosterone, Total, LC/MS | TOTAL_TESTOSTERONE",
            "TESTOSTERONE, TOTAL, LC/MS/MS | TOTAL_TESTOSTERONE",
            "Testosterone Total ECLIA | TOTAL_TESTOSTERONE",
            "Testosterone, Serum | TOTAL_TESTOSTERONE",
            "Testosterone, Total (LC-MS/MS) | TOTAL_TESTOSTERONE",
            "Testosterone, Free, Immunoassay | FREE_TESTOSTERONE_METHOD_UNKNOWN",
            "hs-CRP | HS_CRP",
            "HS CRP | HS_CRP",
            "C-Reactive Protein, Cardiac | HS_CRP",
            "CRP, High Sensitivity | HS_CRP",
            "Estradiol, Sensitive | ESTRADIOL",
            "Estradiol, Ultrasensitive, LC/MS | ESTRADIOL",
            "LH | LH",
            "Luteinizing Hormone | LH",
            "Luteinizing Hormone(LH) | LH",
            "FSH, Serum | FSH",
            "Follicle Stimulating Hormone (FSH) | FSH",
            "Sex Horm Binding Glob, Serum | SHBG",
            "Prostate Specific Ag, Serum | PSA",
            "Vitamin D, 25-Hydroxy, Total, Immunoassay | VITAMIN_D_25OH",
            "Hämatokrit | HEMATOCRIT",
    })
    void recognisesReferenceLabSpellings(String name, String key) {
        assertThat(standard.recognise(name)).map(marker -> marker.key().value()).contains(key);
    }

    @ParameterizedTest(name = "\"{0}\" is unknown")
    @CsvSource(delimiter = '|', value = {
            "C-Reactive Protein",
            "CRP",
            "Testosterone, Free, Direct",
            "Luteinizing Hormone (FSH)",
            "MS",
    })
    void leavesNamesItCannotPlaceUnknown(String name) {
        assertThat(standard.recognise(name)).isEmpty();
    }

    /** A catalogue with a generic and a specific estradiol, as the catalogue will have them. */
    private static final String TWO_ESTRADIOLS = """
            {"markers": [
              {"key": "ESTRADIOL_ANY", "name": "Estradiol", "aliases": ["E2"], "unit": "pg/mL",
               "ranges": [{"low": 10, "high": 40}], "rangeSource": "test",
               "plausible": {"low": 0, "high": 10000, "basis": "test"}, "decimals": 0},
              {"key": "ESTRADIOL_SENSITIVE", "name": "Estradiol (sensitive)", "aliases": ["Estradiol, sensitive"],
               "unit": "pg/mL", "ranges": [{"low": 10, "high": 40}], "rangeSource": "test",
               "plausible": {"low": 0, "high": 10000, "basis": "test"}, "decimals": 1}
            ]}
            """;

    @Test
    void aMethodWordNeverMakesAGenericNameTheSpecificMarker() {
        var names = new MarkerNames(MarkerCatalogue.load(
                new ByteArrayInputStream(TWO_ESTRADIOLS.getBytes(StandardCharsets.UTF_8)), "test"));
        assertThat(names.recognise("Estradiol, Immunoassay")).map(Marker::name).contains("Estradiol");
        assertThat(names.recognise("Estradiol, Serum")).map(Marker::name).contains("Estradiol");
        assertThat(names.recognise("Estradiol, Sensitive, LC/MS/MS")).map(Marker::name).contains("Estradiol (sensitive)");
        assertThat(names.recognise("Estradiol")).map(Marker::name).contains("Estradiol");
    }
}
