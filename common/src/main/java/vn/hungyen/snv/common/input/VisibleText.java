package vn.hungyen.snv.common.input;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text with something to read: {@code @NotBlank} that also counts zero-width and other format characters (Unicode
 * Cf) as blank, see {@link InputText#visible(String)}. Required by default (null is refused, like {@code @NotBlank});
 * with {@code required = false} a missing or white-space-only text is left to the rules that treat it as absent, and
 * only a text of nothing but invisible characters is refused.
 */
@Documented
@Constraint(validatedBy = VisibleText.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface VisibleText {

    String message() default "cần nội dung đọc được (không chỉ khoảng trắng hay ký tự ẩn)";

    boolean required() default true;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link VisibleText}. */
    class Validator implements ConstraintValidator<VisibleText, CharSequence> {

        private boolean required;

        @Override
        public void initialize(VisibleText annotation) {
            required = annotation.required();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return isValid(value == null ? null : value.toString(), required);
        }

        static boolean isValid(String value, boolean required) {
            if (!required && (value == null || value.isBlank())) {
                return true;
            }
            return InputText.visible(value);
        }
    }
}
