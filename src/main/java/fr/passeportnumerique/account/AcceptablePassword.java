package fr.passeportnumerique.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A password {@link PasswordPolicy} accepts; a refusal carries the policy's own reason (too short, too common...). */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Check.class)
public @interface AcceptablePassword {

    String message() default "password.too-short";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<AcceptablePassword, String> {

        private final PasswordPolicy policy = new PasswordPolicy();

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            return policy.problem(password)
                    .map(reason -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate(reason).addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
