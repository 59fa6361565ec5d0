package vn.hungyen.snv.common.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+84 221 3863 123", "- Tổ chức hội nghị", "@SUM(A1)", "\tTab", "\rCR",
            "=cmd|' /C calc'!A0"})
    void textBeginningWithATriggerCharacterStartsLikeAFormulaAndIsQuotedInCsv(String text) {
        assertThat(SpreadsheetText.startsLikeFormula(text)).isTrue();
        assertThat(SpreadsheetText.toCsv(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tổ chức hội nghị", "1", "Quý II/2024", " =not first", "a=b", "'quoted", "", "—dash"})
    void otherTextIsWrittenAsItIs(String text) {
        assertThat(SpreadsheetText.startsLikeFormula(text)).isFalse();
        assertThat(SpreadsheetText.toCsv(text)).isEqualTo(text);
        assertThat(SpreadsheetText.fromCsv(text)).isEqualTo(text);
    }

    @Test
    void nothingIsNoFormula() {
        assertThat(SpreadsheetText.startsLikeFormula(null)).isFalse();
        assertThat(SpreadsheetText.toCsv(null)).isNull();
        assertThat(SpreadsheetText.fromCsv(null)).isNull();
    }

    @Test
    void readingACsvTakesAwayTheQuoteOnlyBeforeATriggerCharacter() {
        assertThat(SpreadsheetText.fromCsv("'- Tổ chức")).isEqualTo("- Tổ chức");
        assertThat(SpreadsheetText.fromCsv("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(SpreadsheetText.fromCsv("''=x")).isEqualTo("'=x");
        assertThat(SpreadsheetText.fromCsv("'Nội vụ")).isEqualTo("'Nội vụ");
        assertThat(SpreadsheetText.fromCsv("'")).isEqualTo("'");
        assertThat(SpreadsheetText.fromCsv("''")).isEqualTo("''");
    }

    @Test
    void everyTextComesBackUnchangedFromACsvRoundTrip() {
        List<String> texts = Arrays.asList("- Tổ chức", "=1+1", "'=1+1", "''+x", "'", "'a", "''", "@", "-", "",
                "\t", "Bình thường", null);
        for (String text : texts) {
            assertThat(SpreadsheetText.fromCsv(SpreadsheetText.toCsv(text))).as("%s", text).isEqualTo(text);
        }
        assertThat(SpreadsheetText.toCsv("'=1+1")).isEqualTo("''=1+1");
    }
}
