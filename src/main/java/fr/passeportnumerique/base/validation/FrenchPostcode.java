package fr.passeportnumerique.base.validation;

import fr.passeportnumerique.base.territory.Territories;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A French postcode that leads to a département (Corsica and overseas included); null is refused too. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FrenchPostcode.Check.class)
public @interface FrenchPostcode {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<FrenchPostcode, String> {

        @Override
        public boolean isValid(String postcode, ConstraintValidatorContext context) {
            return postcode != null
                    && Territories.departementOfPostcode(postcode).isPresent();
        }
    }
}
