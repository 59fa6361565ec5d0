package vn.hungyen.snv.common.testing;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** The shape every refusal of an API takes (docs/contract.md, "Errors"), for the services' bad-input tests. */
public final class Refusals {

    /** A text holding at least one Vietnamese letter with a diacritic. */
    public static final String VIETNAMESE =
            "(?s).*[ăâđêôơưạảãáàấầẩẫậắằẳẵặẹẻẽéèếềểễệịỉĩíìọỏõóòốồổỗộớờởỡợụủũúùứừửữựỵỷỹýỳ].*";

    private Refusals() {
    }

    /** Checks a problem body with {@code status} whose detail is a Vietnamese sentence. */
    public static ValidatableResponse refused(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", is(status)).body("detail", matchesPattern(VIETNAMESE));
    }
}
