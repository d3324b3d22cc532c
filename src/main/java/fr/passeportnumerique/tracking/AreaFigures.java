package fr.passeportnumerique.tracking;

/** A welcome point, a département or a region with its figures, for side-by-side comparison. */
public record AreaFigures(String key, String name, PointFigures figures) {}
