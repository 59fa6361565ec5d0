package vn.hungyen.snv.common.input;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class VisibleTextTest {

    record Body(@VisibleText(message = "cần lý do") String reason,
            @VisibleText(required = false, message = "nội dung phải đọc được") String title,
            List<@VisibleText(message = "mã đơn vị trống") String> units) {
    }

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static List<String> messages(Body body) {
        return VALIDATOR.validate(body).stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                .toList();
    }

    @Test
    void aRequiredTextNeedsAVisibleCharacter() {
        assertThat(messages(new Body("Lý do", null, List.of("CCHC")))).isEmpty();
        assertThat(messages(new Body(null, null, null))).containsExactly("reason: cần lý do");
        assertThat(messages(new Body("  ", null, null))).containsExactly("reason: cần lý do");
        assertThat(messages(new Body("\u200b\u200d\ufeff", null, null))).containsExactly("reason: cần lý do");
    }

    @Test
    void anOptionalTextMayBeMissingOrBlankButNotOnlyInvisible() {
        assertThat(messages(new Body("Lý do", "", null))).isEmpty();
        assertThat(messages(new Body("Lý do", "   ", null))).isEmpty();
        assertThat(messages(new Body("Lý do", "\u200b", null))).containsExactly("title: nội dung phải đọc được");
        assertThat(messages(new Body("Lý do", "\u2060 \u200c", null))).containsExactly("title: nội dung phải đọc được");
    }

    @Test
    void elementsOfAListAreCheckedToo() {
        assertThat(messages(new Body("Lý do", null, List.of("CCHC", "\u200b")))).containsExactly(
                "units[1].<list element>: mã đơn vị trống");
    }
}
