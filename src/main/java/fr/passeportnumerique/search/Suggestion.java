package fr.passeportnumerique.search;

/** An autocomplete suggestion: a title or a glossary term, and where it leads. */
public record Suggestion(String text, String href) {}
