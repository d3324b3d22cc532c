package fr.passeportnumerique.directory.internal;

import fr.passeportnumerique.directory.PackDetails;
import fr.passeportnumerique.directory.PackItem;
import fr.passeportnumerique.financing.FinancingPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The demonstration's pack offers, read from {@code demo/packs.yaml}: twelve kinds of pack a TPE is typically sold
 * (hardware, software, services), each published by {@link #COPIES} of the generated experts.
 */
public final class PackGenerator {

    public static final int COPIES = 2;
    static final String RESOURCE = "demo/packs.yaml";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private PackGenerator() {}

    /** The packs in the file's order, priced at the standard VAT rate. */
    public static List<PackDetails> packs() {
        return read().stream().map(Template::details).toList();
    }

    private static List<Template> read() {
        try (InputStream file = PackGenerator.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (file == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return MAPPER.readValue(file, new TypeReference<List<Template>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** One pack as the file writes it; prices are optional, a pack has at least one of them. */
    private record Template(
            String title,
            String description,
            List<PackItem> items,
            Employees employees,
            BigDecimal oneOff,
            BigDecimal monthly,
            Set<Integer> modules,
            Set<FinancingPath> financing) {

        PackDetails details() {
            return new PackDetails(
                    title,
                    description,
                    items,
                    employees.min(),
                    employees.max(),
                    Optional.ofNullable(oneOff),
                    Optional.ofNullable(monthly),
                    PackDetails.STANDARD_VAT_PERCENT,
                    modules,
                    financing);
        }
    }

    private record Employees(int min, int max) {}
}
