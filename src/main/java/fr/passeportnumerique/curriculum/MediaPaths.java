package fr.passeportnumerique.curriculum;

/** Where the browser finds a module's images: {@code media/x.svg} in a lesson becomes {@code /media/slug/x.svg}. */
public final class MediaPaths {

    public static final String URL_PREFIX = "/media/";
    private static final String FOLDER_PREFIX = "media/";

    private MediaPaths() {}

    static String url(String moduleSlug, String destination) {
        if (!destination.startsWith(FOLDER_PREFIX)) {
            return destination;
        }
        return URL_PREFIX + moduleSlug + "/" + destination.substring(FOLDER_PREFIX.length());
    }
}
