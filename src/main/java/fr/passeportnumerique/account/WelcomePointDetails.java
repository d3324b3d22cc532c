package fr.passeportnumerique.account;

/** A welcome point as the finder and the forms show it; {@code id} is null before it is stored. */
public record WelcomePointDetails(
        Long id,
        WelcomePointType type,
        String name,
        String address,
        String postcode,
        String town,
        String departement,
        String region,
        String openingHours,
        String phone,
        String email) {}
