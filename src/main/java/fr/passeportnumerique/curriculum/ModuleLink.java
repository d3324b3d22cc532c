package fr.passeportnumerique.curriculum;

/** Enough of a module to name it and link to it. */
public record ModuleLink(int number, String slug, String title) {}
