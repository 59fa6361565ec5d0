package vn.hungyen.snv.common.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 {@code application/problem+json} body: a stable machine {@code code} and a
 * Vietnamese {@code detail} a person can act on.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String code, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: where ({@code field}) and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("urn:snv:problem:" + code, title, status, code, detail, List.of());
    }
}
