package com.hpgdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The seeded templates cite what they rest on, and a restart template rests on studies of recovery after TRT or
 * AAS. The expected citations are kept here as data, with what each study examined.
 */
@DeskSpringTest
class TemplateSourcesTest {

    /** Studies of recovery after TRT, AAS or hormonal contraception: what a restart template may rest on. */
    private static final Map<String, String> RECOVERY_STUDIES = Map.of(
            "Wenker et al., J Sex Med 2015", "hCG-based combinations in men azoospermic or oligospermic after TRT",
            "Kohn et al., Fertil Steril 2017", "hCG with a SERM after TRT; age and TRT duration slow recovery",
            "McBride & Coward, Asian J Androl 2016", "review of recovering spermatogenesis after TRT or AAS",
            "Anawalt, J Clin Endocrinol Metab 2019", "review of anabolic steroid use and recovery",
            "Liu et al., Lancet 2006", "pooled recovery after hormonal male contraception");

    /** Studies of a drug for something other than a restart: citable for the drug, only if the text says so. */
    private static final List<String> OTHER_STUDIES = List.of("Krzastek", "Wiehle");

    private static final Map<String, List<String>> EXPECTED = Map.of(
            "hCG + clomiphene", List.of("Wenker et al., J Sex Med 2015", "Kohn et al., Fertil Steril 2017"),
            "Clomiphene alone", List.of("McBride & Coward, Asian J Androl 2016"),
            "Enclomiphene alone", List.of("McBride & Coward, Asian J Androl 2016"),
            "hCG + anastrozole when estradiol is high", List.of("Wenker et al., J Sex Med 2015"),
            "Tamoxifen alone", List.of("McBride & Coward, Asian J Androl 2016"),
            "hCG + FSH (fertility)", List.of("Wenker et al., J Sex Med 2015"),
            "Natural recovery (no medication)", List.of("Anawalt, J Clin Endocrinol Metab 2019",
                    "Liu et al., Lancet 2006"));

    /** No study of the drug alone after TRT is cited: the text must say its restart use is practice convention. */
    private static final List<String> CONVENTION_ONLY = List.of("Clomiphene alone", "Enclomiphene alone",
            "Tamoxifen alone");

    @Autowired
    RestartProtocolService service;

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void everySeededTemplateCitesTheRecoveryStudiesItRestsOn() {
        var seeded = service.templates().stream().filter(t -> EXPECTED.containsKey(t.getName())).toList();
        assertThat(seeded).extracting(ProtocolTemplate::getName)
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        for (var template : seeded) {
            var text = template.getDescription();
            assertThat(text).as(template.getName()).containsPattern("Sources?: \\S+");
            var expected = EXPECTED.get(template.getName());
            assertThat(RECOVERY_STUDIES).as("known recovery studies").containsKeys(expected.toArray(String[]::new));
            assertThat(text).as(template.getName()).contains(expected);
        }
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void aStudyOfSomethingOtherThanARestartIsNamedAsSuch() {
        for (var template : service.templates()) {
            if (!EXPECTED.containsKey(template.getName())) {
                continue;
            }
            var text = template.getDescription();
            for (var other : OTHER_STUDIES) {
                if (text.contains(other)) {
                    var after = text.substring(text.indexOf(other));
                    assertThat(after.substring(0, after.indexOf(')') + 1)).as(template.getName() + ": " + other)
                            .contains("not a restart");
                }
            }
            if (CONVENTION_ONLY.contains(template.getName())) {
                assertThat(text).as(template.getName()).contains("practice convention");
            }
        }
        var hcgClomiphene = service.templates().stream().filter(t -> t.getName().equals("hCG + clomiphene"))
                .findFirst().orElseThrow();
        assertThat(hcgClomiphene.getDescription()).as("long-term clomiphene for low testosterone is not a restart "
                + "source").doesNotContain("Krzastek");
    }
}
