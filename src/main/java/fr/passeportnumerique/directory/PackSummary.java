package fr.passeportnumerique.directory;

/** A pack as a request naming it needs it: whose it is, its title, and whether it is on offer. */
public record PackSummary(long id, long expertId, String title, boolean published) {}
