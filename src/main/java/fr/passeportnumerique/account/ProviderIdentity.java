package fr.passeportnumerique.account;

import java.io.Serializable;

/**
 * Who an outside provider says signed in: its registration id ({@code franceconnect}, {@code staff}), its stable
 * subject identifier, and what it tells of the person. Kept in the session while the person links or registers.
 */
public record ProviderIdentity(String provider, String subject, String email, boolean emailVerified, String fullName)
        implements Serializable {

    /** The session attribute holding the identity that awaits a link. */
    public static final String AWAITING_LINK = ProviderIdentity.class.getName() + ".awaitingLink";
}
