package fr.passeportnumerique.account;

import java.util.List;

/** The roles people hold on the platform; a person may hold several. */
public final class AppRoles {

    public static final String LEARNER = "LEARNER";
    public static final String WELCOME_STAFF = "WELCOME_STAFF";
    public static final String REGIONAL_SUPERVISOR = "REGIONAL_SUPERVISOR";
    public static final String TRAINER = "TRAINER";
    public static final String EXPERT = "EXPERT";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(LEARNER, WELCOME_STAFF, REGIONAL_SUPERVISOR, TRAINER, EXPERT, ADMIN);

    private AppRoles() {}
}
