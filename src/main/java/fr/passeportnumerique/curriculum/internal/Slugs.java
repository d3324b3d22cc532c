package fr.passeportnumerique.curriculum.internal;

import java.util.regex.Pattern;

/** Stable ids of modules, lessons and questions: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {}

    public static boolean isValid(String value) {
        return value != null
                && value.length() <= MAX_LENGTH
                && SLUG.matcher(value).matches();
    }
}
