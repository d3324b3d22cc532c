package fr.passeportnumerique.authoring;

/** Someone else saved the file since it was opened: the save is refused and the editor keeps its text. */
public class StaleDraftException extends RuntimeException {

    public StaleDraftException(String path) {
        super("The file was saved by someone else meanwhile: " + path);
    }
}
