package fr.passeportnumerique.base.database;

/**
 * The shared content stamp has moved: some node (perhaps this one, perhaps at its start) changed published content.
 * Whatever a node keeps in memory of that content reads it again; published before the search index follows.
 */
public record SharedStampMoved(long stamp) {}
