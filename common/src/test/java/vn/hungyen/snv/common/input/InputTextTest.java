package vn.hungyen.snv.common.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTextTest {

    @Test
    void vietnameseTextTabsLineBreaksAndEmojiAreAccepted() {
        assertThat(InputText.problem("Báo cáo kết quả\tđợt 1\r\nĐạt 😀")).isEmpty();
        assertThat(InputText.problem(null)).isEmpty();
        assertThat(InputText.problem("")).isEmpty();
    }

    @Test
    void nulAndOtherControlCharactersAreRefusedByCodePoint() {
        assertThat(InputText.problem("Báo\u0000cáo")).hasValueSatisfying(p -> assertThat(p).contains("U+0000"));
        assertThat(InputText.problem("a\u0007")).hasValueSatisfying(p -> assertThat(p).contains("U+0007"));
        assertThat(InputText.problem("a\u001b[31m")).isPresent();
        assertThat(InputText.problem("a\u007f")).isPresent();
    }

    @Test
    void loneSurrogatesAreRefusedAndPairsAccepted() {
        assertThat(InputText.problem("a\ud800")).hasValueSatisfying(p -> assertThat(p).contains("surrogate"));
        assertThat(InputText.problem("\udc00a")).isPresent();
        assertThat(InputText.problem("\ud800\ud800\udc00")).isPresent();
        assertThat(InputText.problem("\ud83d\ude00")).isEmpty();
    }

    @Test
    void textOfOnlyWhiteSpaceAndFormatCharactersIsInvisible() {
        assertThat(InputText.visible("\u200b\u200c\u200d\u2060\ufeff")).isFalse();
        assertThat(InputText.visible(" \u00a0\u3000\t\n")).isFalse();
        assertThat(InputText.visible("\u200e\u202e\u3164")).isFalse();
        assertThat(InputText.visible("")).isFalse();
        assertThat(InputText.visible(null)).isFalse();
        assertThat(InputText.visible("\u200bA\u200b")).isTrue();
        assertThat(InputText.visible("đ")).isTrue();
        assertThat(InputText.visible("😀")).isTrue();
    }
}
