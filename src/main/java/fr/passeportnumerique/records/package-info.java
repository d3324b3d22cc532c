/**
 * Learning records out: optional xAPI statements of lessons, quizzes, stamps and graduation, queued in the learning
 * event's transaction and delivered to a Learning Record Store configured by the region. Off by default.
 */
@ApplicationModule(allowedDependencies = {"account", "base", "curriculum", "learning", "quiz"})
package fr.passeportnumerique.records;

import org.springframework.modulith.ApplicationModule;
