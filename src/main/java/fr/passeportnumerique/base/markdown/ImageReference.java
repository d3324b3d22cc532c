package fr.passeportnumerique.base.markdown;

/** An image written in Markdown: where it points, its alternative text, and the line it is on. */
public record ImageReference(String destination, String altText, int line) {}
