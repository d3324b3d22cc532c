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

/** The code of a French département ({@code 69}, {@code 2A}, {@code 971}); null is refused. */
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownDepartement.Check.class)
public @interface KnownDepartement {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<KnownDepartement, String> {

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code != null && Territories.departement(code).isPresent();
        }
    }
}
