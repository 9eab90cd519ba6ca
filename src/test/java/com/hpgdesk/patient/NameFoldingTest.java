package com.hpgdesk.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NameFoldingTest {

    /** The service's rule: every word of the folded query occurs in the stored search name. */
    static boolean finds(String query, String givenName, String familyName) {
        String stored = NameFolding.searchName(givenName, familyName);
        return Arrays.stream(NameFolding.fold(query).split(" ")).allMatch(stored::contains);
    }

    /** Given name, family name, and what a clinician typing on a Latin keyboard would search for. */
    static Stream<Arguments> namesAndTheirPlainLatinSearches() {
        return Stream.of(
                Arguments.of("Polish ł", "Paweł", "Wiśniewski", "pawel"),
                Arguments.of("Polish, hyphenated with Norwegian", "Łukasz", "Wiśniewski-Ødegård", "lukasz wisniewski"),
                Arguments.of("Polish, hyphen typed", "Łukasz", "Wiśniewski-Ødegård", "wisniewski-odegard"),
                Arguments.of("Norwegian ø", "Søren", "Bjørnstad", "soren bjornstad"),
                Arguments.of("Danish æ", "Ærling", "Kjærgaard", "aerling kjaergaard"),
                Arguments.of("Icelandic þ ð", "Þórður", "Guðmundsson", "thordur gudmundsson"),
                Arguments.of("Vietnamese đ and stacked marks", "Đình", "Trần", "tran dinh"),
                Arguments.of("Vietnamese", "Văn Đức", "Nguyễn", "nguyen van duc"),
                Arguments.of("Italian apostrophe", "Marco", "D'Angelo", "dangelo"),
                Arguments.of("Italian apostrophe typed", "Marco", "D'Angelo", "d'angelo"),
                Arguments.of("Irish curly apostrophe", "Seán", "O’Brien", "sean obrien"),
                Arguments.of("Irish, straight apostrophe typed", "Seán", "O’Brien", "o'brien"),
                Arguments.of("Irish Ní", "Cathal", "Ní Bhriain", "cathal ni bhriain"),
                Arguments.of("German ß", "Jürgen", "Weiß", "jurgen weiss"),
                Arguments.of("German umlaut", "Jürgen", "Weiß", "juergen"),
                Arguments.of("Turkish dotless ı", "Emre", "Yıldırım", "yildirim"),
                Arguments.of("Turkish dotted İ", "İsmail", "Çelik", "ismail celik"),
                Arguments.of("Greek", "Γιώργος", "Παπαδόπουλος", "giorgos papadopoulos"),
                Arguments.of("Greek, common spelling", "Χρήστος", "Ευαγγέλου", "christos evangelou"),
                Arguments.of("Russian Щ", "Дмитрий", "Щербаков", "dmitriy shcherbakov"),
                Arguments.of("Russian, scholarly spelling", "Дмитрий", "Щербаков", "dmitrij"),
                Arguments.of("Russian Ю Ж", "Юрий", "Жуков", "yuriy zhukov"),
                Arguments.of("Russian Х", "Сергей", "Хабибуллин", "sergey khabibullin"),
                Arguments.of("Ukrainian", "Олександр", "Шевченко", "oleksandr shevchenko"),
                Arguments.of("Ukrainian Є Г", "Євген", "Григоренко", "yevhen hryhorenko"),
                Arguments.of("Chinese, pinyin joined", "小明", "王", "xiaoming wang"),
                Arguments.of("Chinese, pinyin by syllable", "小明", "王", "wang xiao ming"),
                Arguments.of("Japanese kana", "ひろし", "さとう", "sato hiroshi"),
                Arguments.of("Arabic, letter by letter", "محمد", "عبد الله", "mhmd allh"),
                Arguments.of("Hebrew, letter by letter", "דוד", "כהן", "dwd khn"));
    }

    @ParameterizedTest(name = "{0}: \"{3}\" finds {1} {2}")
    @MethodSource("namesAndTheirPlainLatinSearches")
    void aPlainLatinSearchFindsTheName(String script, String givenName, String familyName, String query) {
        assertThat(finds(query, givenName, familyName))
                .as("%s folded to \"%s\"", givenName + " " + familyName, NameFolding.searchName(givenName, familyName))
                .isTrue();
    }

    @ParameterizedTest(name = "{0}: the name as written finds itself")
    @MethodSource("namesAndTheirPlainLatinSearches")
    void theNameAsWrittenFindsItself(String script, String givenName, String familyName, String query) {
        assertThat(finds(givenName + " " + familyName, givenName, familyName)).isTrue();
        assertThat(finds(familyName + ", " + givenName, givenName, familyName)).isTrue();
    }

    @Test
    void foldsLettersThatUnicodeDecompositionLeavesAlone() {
        assertThat(NameFolding.fold("Łł Øø Đđ Ææ ß ı Þ")).isEqualTo("ll oo dd aeae ss i th");
    }

    @Test
    void dropsApostrophesHyphensAndDotsAndSeparatesAtOtherPunctuation() {
        assertThat(NameFolding.fold("  D’Angelo-Smith,  St. John / O'Neil  ")).isEqualTo("dangelosmith st john oneil");
    }

    @Test
    void foldsEveryScriptToPlainLowerCaseAscii() {
        namesAndTheirPlainLatinSearches().forEach(arguments -> {
            Object[] name = arguments.get();
            String stored = NameFolding.searchName((String) name[1], (String) name[2]);
            assertThat(stored).as("%s %s", name[1], name[2]).matches("[a-z0-9]+( [a-z0-9]+)*");
        });
    }

    @Test
    void theStoredNameStartsWithTheQueryFoldingSoAQueryInTheOriginalScriptFindsIt() {
        assertThat(NameFolding.searchName("Дмитрий", "Щербаков")).startsWith(NameFolding.fold("Дмитрий Щербаков") + " ")
                .contains("shcherbakov");
        assertThat(finds("Щербаков", "Дмитрий", "Щербаков")).isTrue();
        assertThat(finds("παπαδοπουλος", "Γιώργος", "Παπαδόπουλος")).isTrue();
    }

    @Test
    void aLatinNameIsStoredOnceWithoutExtraSpellings() {
        assertThat(NameFolding.searchName("Łukasz", "Wiśniewski-Ødegård")).isEqualTo("lukasz wisniewskiodegard");
        assertThat(NameFolding.searchName("Zoë", "Ødegård")).isEqualTo("zoe odegard");
    }

    @Test
    void doesNotFindADifferentName() {
        assertThat(finds("pawel", "Piotr", "Wiśniewski")).isFalse();
        assertThat(finds("shcherbakov", "Дмитрий", "Жуков")).isFalse();
    }

    @Test
    void transliterationCanMakeANameMuchLongerThanTyped() {
        // Щ is one letter; its common spelling is four, and ICU writes each Chinese character as a syllable.
        String family = "Щ".repeat(10);
        assertThat(NameFolding.searchName("А", family).length()).isGreaterThan(4 * family.length());
        assertThat(NameFolding.searchName("小", "莊").length()).isGreaterThan(2 * 2);
    }

    @Test
    void aMigrationKeepsWholeWordsWhenCuttingAnOverlongName() {
        String overlong = "zhuang ".repeat(200).strip();
        String fitted = V10_1__Refold_patient_search_names.fitted(overlong);
        assertThat(fitted.length()).isLessThanOrEqualTo(NameFolding.MAX_LENGTH);
        assertThat(fitted).matches("zhuang( zhuang)*");
    }
}
