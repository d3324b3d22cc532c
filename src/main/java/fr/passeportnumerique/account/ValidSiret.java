package fr.passeportnumerique.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A SIRET as {@link Siret#isValid(String)} accepts it: 14 digits with the right check digit; null is refused. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidSiret.Check.class)
public @interface ValidSiret {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<ValidSiret, String> {

        @Override
        public boolean isValid(String siret, ConstraintValidatorContext context) {
            return Siret.isValid(siret);
        }
    }
}
