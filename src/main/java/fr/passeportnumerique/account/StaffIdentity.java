package fr.passeportnumerique.account;

import java.util.Set;

/** A staff member as their network's identity provider describes them, roles already mapped to the app's. */
public record StaffIdentity(ProviderIdentity identity, Set<String> roles, Long welcomePointId) {}
