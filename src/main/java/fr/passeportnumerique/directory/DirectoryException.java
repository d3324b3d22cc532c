package fr.passeportnumerique.directory;

import fr.passeportnumerique.base.Refusal;

/**
 * A change to the directory that cannot be made (an expert's profile, a pack, an accreditation), with the translation
 * key of what to tell the person.
 */
public class DirectoryException extends Refusal {

    public DirectoryException(String messageKey) {
        super(messageKey);
    }
}
