package fr.passeportnumerique.directory;

/** A published pack offer with the expert who sells it. */
public record PackListing(long id, long expertId, String expertName, PackDetails details) {}
