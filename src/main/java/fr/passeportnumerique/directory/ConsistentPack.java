package fr.passeportnumerique.directory;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a pack that tie two fields together: a size range whose top is not below its bottom, and at least one
 * price. Each is reported on the field the editor shows it next to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentPack.Check.class)
@interface ConsistentPack {

    String message() default PackDetails.SIZE_PROBLEM;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<ConsistentPack, PackDetails> {

        @Override
        public boolean isValid(PackDetails pack, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean consistent = true;
            if (pack.maxEmployees() < pack.minEmployees()) {
                report(context, PackDetails.SIZE_PROBLEM, "maxEmployees");
                consistent = false;
            }
            if (pack.oneOffPriceExclVat().isEmpty()
                    && pack.monthlyPriceExclVat().isEmpty()) {
                report(context, PackDetails.PRICE_PROBLEM, "oneOffPriceExclVat");
                consistent = false;
            }
            return consistent;
        }

        private static void report(ConstraintValidatorContext context, String key, String field) {
            context.buildConstraintViolationWithTemplate(key)
                    .addPropertyNode(field)
                    .addConstraintViolation();
        }
    }
}
