package fr.passeportnumerique.tracking;

/** A welcome point as the dashboard names it. */
public record PointChoice(long id, String name, String town, String region) {}
