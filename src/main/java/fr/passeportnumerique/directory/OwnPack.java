package fr.passeportnumerique.directory;

/** One of the signed-in expert's packs, as their space edits it. */
public record OwnPack(long id, PackDetails details, boolean published) {}
