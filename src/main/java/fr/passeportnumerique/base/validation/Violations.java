package fr.passeportnumerique.base.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is wrong with a command, as the translation keys its constraints carry. Ordered as the record declares its
 * fields (nested records inside), so that a person reads the problems in the order of the form.
 */
public final class Violations {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private Violations() {}

    /** The distinct keys of what is wrong, first field first; empty when all is well. */
    public static List<String> of(Object command) {
        return ordered(command).stream()
                .map(ConstraintViolation::getMessageTemplate)
                .distinct()
                .toList();
    }

    /** Each wrong field's path ({@code company.siret}) with the key of its first problem. */
    public static Map<String, String> byField(Object command) {
        Map<String, String> problems = new LinkedHashMap<>();
        ordered(command)
                .forEach(violation ->
                        problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessageTemplate()));
        return problems;
    }

    /** The keys of what is wrong with one value of a command's field, before the command exists. */
    public static <T> List<String> ofValue(Class<T> type, String field, Object value) {
        return VALIDATOR.validateValue(type, field, value).stream()
                .map(ConstraintViolation::getMessageTemplate)
                .distinct()
                .sorted()
                .toList();
    }

    private static List<ConstraintViolation<Object>> ordered(Object command) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(command);
        return violations.stream()
                .sorted(Comparator.comparing(
                                (ConstraintViolation<Object> violation) ->
                                        declarationOrder(command.getClass(), violation.getPropertyPath()),
                                Violations::compare)
                        .thenComparing(violation -> violation
                                .getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName()))
                .toList();
    }

    private static int[] declarationOrder(Class<?> type, Path path) {
        int[] order = new int[4];
        int depth = 0;
        Class<?> current = type;
        for (Path.Node node : path) {
            if (node.getName() == null || depth == order.length || current == null || !current.isRecord()) {
                break;
            }
            List<RecordComponent> components = Arrays.asList(current.getRecordComponents());
            int index =
                    components.stream().map(RecordComponent::getName).toList().indexOf(node.getName());
            order[depth++] = index;
            current = index < 0 ? null : components.get(index).getType();
        }
        return order;
    }

    private static int compare(int[] left, int[] right) {
        return Arrays.compare(left, right);
    }
}
