package fr.passeportnumerique.handoff;

import java.util.Set;

/**
 * The steps of a request: sent, then accepted or declined by the expert; once accepted, a quote is sent, then signed
 * or left without follow-up. The learner may withdraw a request until it is closed.
 */
public enum HandoffStatus {
    SENT,
    ACCEPTED,
    DECLINED,
    QUOTE_SENT,
    SIGNED,
    NO_FOLLOW_UP,
    WITHDRAWN;

    public boolean isOpen() {
        return this == SENT || this == ACCEPTED || this == QUOTE_SENT;
    }

    /**
     * Whether an accepted request still fills one of the expert's places of the month: under way or signed. One
     * declined, closed without follow-up or withdrawn gives its place back.
     */
    public boolean takesAPlace() {
        return this == ACCEPTED || this == QUOTE_SENT || this == SIGNED;
    }

    /** The steps an expert may take from here (withdrawing is the learner's). */
    public Set<HandoffStatus> expertNext() {
        return switch (this) {
            case SENT -> Set.of(ACCEPTED, DECLINED);
            case ACCEPTED -> Set.of(QUOTE_SENT, NO_FOLLOW_UP);
            case QUOTE_SENT -> Set.of(SIGNED, NO_FOLLOW_UP);
            default -> Set.of();
        };
    }

    public String translationKey() {
        return "handoff.status." + name();
    }
}
