package fr.passeportnumerique.quiz;

/** One proposed answer of a choice question; {@code feedback} (may be empty) explains a wrong choice. */
public record Choice(String text, boolean correct, String feedback) {}
