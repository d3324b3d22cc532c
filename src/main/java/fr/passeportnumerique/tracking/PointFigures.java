package fr.passeportnumerique.tracking;

/** A welcome point's key figures (or a region's, or the whole programme's). */
public record PointFigures(
        long enrolled,
        long activeLast30Days,
        long modulesCompleted,
        long graduates,
        long handoffRequests,
        long handoffSigned) {}
