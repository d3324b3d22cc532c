package fr.passeportnumerique.search;

/** Published by a feature whose searchable documents changed; the index is brought up to date after the commit. */
public record SearchContentChanged() {}
