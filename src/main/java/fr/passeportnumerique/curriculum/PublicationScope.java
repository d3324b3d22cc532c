package fr.passeportnumerique.curriculum;

import java.util.Set;

/**
 * Which modules a publication means to change. Another publication may land between the moment this one read the
 * published curriculum and the moment it writes: the modules it did not mean to change are then left as they are in
 * the database, never put back to what this publication read. Only a whole import replaces everything and removes the
 * modules it does not hold.
 */
record PublicationScope(Set<String> modules, boolean wholeCurriculum) {

    static PublicationScope whole() {
        return new PublicationScope(Set.of(), true);
    }

    static PublicationScope of(Set<String> modules) {
        return new PublicationScope(Set.copyOf(modules), false);
    }

    boolean covers(String moduleSlug) {
        return wholeCurriculum || modules.contains(moduleSlug);
    }
}
