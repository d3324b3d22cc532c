package fr.passeportnumerique.handoff;

import fr.passeportnumerique.base.Refusal;

/** A hand-off step that cannot be taken, with the translation key of what to tell the person. */
public class HandoffException extends Refusal {

    public HandoffException(String messageKey) {
        super(messageKey);
    }
}
