package fr.passeportnumerique.authoring.ui;

/** Where the editor's preview finds the module's images, drafts included. */
final class DraftMedia {

    static final String PREFIX = "/atelier-media/";

    private DraftMedia() {}

    static String url(String moduleSlug, String path) {
        return path.startsWith("media/") ? PREFIX + moduleSlug + "/" + path.substring("media/".length()) : path;
    }
}
