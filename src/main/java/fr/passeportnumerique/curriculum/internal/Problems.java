package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.curriculum.ContentProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems found in the content, each tied to the file being read. */
public final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    FileProblems in(String file) {
        return new FileProblems(file);
    }

    public List<ContentProblem> all() {
        return List.copyOf(found);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    /** Problems of one file. */
    final class FileProblems {
        private final String file;

        private FileProblems(String file) {
            this.file = file;
        }

        String file() {
            return file;
        }

        void add(int line, String code, String... arguments) {
            found.add(new ContentProblem(file, line, code, List.of(arguments)));
        }

        boolean any() {
            return found.stream().anyMatch(problem -> problem.file().equals(file));
        }
    }
}
