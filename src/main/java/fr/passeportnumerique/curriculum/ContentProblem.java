package fr.passeportnumerique.curriculum;

import java.util.List;

/**
 * Something wrong in a content file, precise enough to fix it.
 *
 * @param file the file, relative to the folder that holds the content folder
 * @param line the line (1-based) where the problem is, 0 when it concerns the whole file
 * @param code what is wrong; {@code content.problem.<code>} is its message in the translation bundles
 * @param arguments the values the message names (a field, a slug, a path)
 */
public record ContentProblem(String file, int line, String code, List<String> arguments) {

    public ContentProblem {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return "content.problem." + code;
    }

    /** {@code file:line}, as editors and compilers show it. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}
