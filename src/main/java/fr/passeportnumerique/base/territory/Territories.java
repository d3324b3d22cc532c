package fr.passeportnumerique.base.territory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The 18 regions and 101 départements (INSEE codes), read from {@code reference/*.csv}, and the département of a
 * postcode: its first two digits, three overseas, with Corsica split between 2A and 2B.
 */
public final class Territories {

    private static final Map<String, Region> REGIONS =
            read("reference/regions.csv", row -> new Region(row.get("code"), row.get("name")), Region::code);
    private static final Map<String, Departement> DEPARTEMENTS = read(
            "reference/departements.csv",
            row -> new Departement(row.get("code"), row.get("name"), row.get("region")),
            Departement::code);

    private Territories() {}

    public static List<Region> regions() {
        return List.copyOf(REGIONS.values());
    }

    public static List<Departement> departements() {
        return List.copyOf(DEPARTEMENTS.values());
    }

    public static Optional<Departement> departement(String code) {
        return Optional.ofNullable(code).map(DEPARTEMENTS::get);
    }

    public static Optional<Region> region(String code) {
        return Optional.ofNullable(code).map(REGIONS::get);
    }

    public static List<Departement> departementsOf(String regionCode) {
        return DEPARTEMENTS.values().stream()
                .filter(departement -> departement.regionCode().equals(regionCode))
                .toList();
    }

    /** The département a five-digit postcode most likely belongs to (a few communes near borders differ). */
    public static Optional<Departement> departementOfPostcode(String postcode) {
        if (postcode == null || !postcode.matches("\\d{5}")) {
            return Optional.empty();
        }
        String code = postcode.startsWith("97") ? postcode.substring(0, 3) : postcode.substring(0, 2);
        if (code.equals("20")) {
            code = Integer.parseInt(postcode.substring(0, 3)) < 202 ? "2A" : "2B";
        }
        return departement(code);
    }

    private static <T> Map<String, T> read(String resource, Function<CSVRecord, T> row, Function<T, String> key) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = new InputStreamReader(
                Territories.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            Map<String, T> values = new LinkedHashMap<>();
            for (CSVRecord record : format.parse(reader)) {
                T value = row.apply(record);
                values.put(key.apply(value), value);
            }
            return Collections.unmodifiableMap(values);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
