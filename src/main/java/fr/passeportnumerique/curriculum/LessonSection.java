package fr.passeportnumerique.curriculum;

import java.util.Optional;

/**
 * A part of a published lesson that teaches something, as a page links to it: the lesson's title, the section's
 * heading (empty for the lesson's opening) and the address, with the section's anchor when there is one.
 */
public record LessonSection(String lessonTitle, String heading, String path, Optional<String> anchor) {

    /** The address to open: the lesson, scrolled to the section. */
    public String href() {
        return anchor.map(id -> path + "#" + id).orElse(path);
    }
}
