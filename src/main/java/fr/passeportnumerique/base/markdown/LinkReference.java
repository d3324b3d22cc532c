package fr.passeportnumerique.base.markdown;

/** A link written in Markdown: where it points and the line it is on. */
public record LinkReference(String destination, int line) {}
