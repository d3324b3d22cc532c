package fr.passeportnumerique.account.security;

import fr.passeportnumerique.account.AppRoles;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which of the app's roles a staff member holds, from a claim of their provider's ID token: each value of the claim
 * (a string or a list) maps to a role through {@code passeport.staff-oidc.role-mapping.<value>=<ROLE>}; values mapped to
 * nothing are ignored; the learner role is never given this way.
 */
record StaffRoleMapping(String rolesClaim, Map<String, String> mapping, String welcomePointClaim) {

    private static final Set<String> STAFF_ROLES =
            Set.of(AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.TRAINER, AppRoles.ADMIN);

    StaffRoleMapping {
        mapping = Map.copyOf(mapping);
        mapping.values().stream()
                .filter(role -> !STAFF_ROLES.contains(role))
                .findFirst()
                .ifPresent(role -> {
                    throw new IllegalArgumentException("passeport.staff-oidc.role-mapping: not a staff role: " + role);
                });
    }

    Set<String> rolesOf(Map<String, Object> claims) {
        Object value = claims.get(rolesClaim);
        Collection<?> values = value instanceof Collection<?> many ? many : value == null ? Set.of() : Set.of(value);
        return values.stream()
                .map(String::valueOf)
                .map(mapping::get)
                .filter(role -> role != null)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The welcome point's id when the provider names it in the configured claim; null leaves it to an admin. */
    Long welcomePointOf(Map<String, Object> claims) {
        if (welcomePointClaim == null || welcomePointClaim.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(String.valueOf(claims.get(welcomePointClaim)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
