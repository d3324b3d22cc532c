package fr.passeportnumerique.account;

/** What a business owner fills in to create their account; {@code welcomePointId} may be null. */
public record Registration(
        String fullName, String email, String password, CompanyDetails company, Long welcomePointId) {

    public static final int FULL_NAME_MAX_LENGTH = 120;
    public static final int EMAIL_MAX_LENGTH = 254;
}
