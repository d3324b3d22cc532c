package fr.passeportnumerique.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A glossary term as stored with its module. */
@Embeddable
class GlossaryEntry {

    @Column(name = "term", nullable = false)
    private String term;

    @Column(name = "definition", nullable = false)
    private String definition;

    protected GlossaryEntry() {}

    GlossaryEntry(GlossaryTerm term) {
        this.term = term.term();
        this.definition = term.definition();
    }

    GlossaryTerm toTerm() {
        return new GlossaryTerm(term, definition);
    }
}
