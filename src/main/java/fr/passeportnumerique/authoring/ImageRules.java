package fr.passeportnumerique.authoring;

import java.util.Arrays;

/**
 * Images trainers may upload: PNG, JPEG, WebP or GIF, recognised by their first bytes rather than their name, up to
 * 2 MB (the content format's limit). SVG is refused here: a drawing can carry a script, so SVG files come through
 * the reviewed {@code content/} folder only.
 */
final class ImageRules {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private ImageRules() {}

    record Checked(String baseName, String extension) {}

    static Checked check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new AuthoringException("authoring.error.image-empty");
        }
        if (content.length > MAX_BYTES) {
            throw new AuthoringException("authoring.error.image-too-large", MAX_BYTES / 1024 / 1024);
        }
        String extension = typeOf(content);
        if (extension == null) {
            throw new AuthoringException("authoring.error.image-type");
        }
        return new Checked(baseName(fileName), extension);
    }

    private static String typeOf(byte[] content) {
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "jpg";
        }
        if (starts(content, 'G', 'I', 'F', '8')) {
            return "gif";
        }
        if (content.length > 12
                && starts(content, 'R', 'I', 'F', 'F')
                && Arrays.equals(Arrays.copyOfRange(content, 8, 12), "WEBP".getBytes())) {
            return "webp";
        }
        return null;
    }

    private static boolean starts(byte[] content, int... expected) {
        if (content.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((content[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return TextSlugs.fromTitle(dot > 0 ? name.substring(0, dot) : name, "image");
    }
}
