package fr.passeportnumerique.tracking;

import java.time.LocalDate;

/** What happened at a point in one week (Monday to Sunday, Paris time). */
public record WeekFigures(
        LocalDate monday, long enrolled, long modulesCompleted, long graduates, long handoffRequests) {}
