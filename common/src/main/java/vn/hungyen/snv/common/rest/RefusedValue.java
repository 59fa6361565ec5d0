package vn.hungyen.snv.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value {@link StrictJson} refuses, with the Vietnamese reason; {@link ProblemMappers} answers it as a 400
 * that names the field.
 */
public class RefusedValue extends MismatchedInputException {

    private final String reason;

    public RefusedValue(JsonParser parser, Class<?> target, String reason) {
        super(parser, reason, target);
        this.reason = reason;
    }

    /** What is wrong with the value, e.g. "phải là một ngày dạng yyyy-MM-dd …". */
    public String reason() {
        return reason;
    }
}
