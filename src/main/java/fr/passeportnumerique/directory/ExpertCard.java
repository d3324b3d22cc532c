package fr.passeportnumerique.directory;

import java.util.Set;

/** An expert as the directory lists them: the matching view of them, and where to find them. */
public record ExpertCard(ExpertCandidate candidate, String town, String postcode, Set<String> languages) {

    public long id() {
        return candidate.id();
    }

    public String companyName() {
        return candidate.companyName();
    }
}
