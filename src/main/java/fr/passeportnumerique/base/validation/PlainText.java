package fr.passeportnumerique.base.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Nothing a keyboard does not type: no control character (NUL, line break) and no half of a character (a lone
 * surrogate, which is what broken UTF-8 becomes), either of which would spoil exports, PDFs and mail headers.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PlainText, String> {

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || isPlain(text);
        }

        public static boolean isPlain(String text) {
            return text.codePoints()
                    .noneMatch(c -> Character.isISOControl(c)
                            || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
        }
    }
}
