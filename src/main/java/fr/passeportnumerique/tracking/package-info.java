/**
 * Following learners: each learner's standing kept up to date by the learning, quiz and hand-off events, and the
 * welcome points' dashboards built on it (key figures, learners, where they stop, whom to remind).
 */
@ApplicationModule(allowedDependencies = {"account", "base", "curriculum", "directory", "handoff", "learning", "quiz"})
package fr.passeportnumerique.tracking;

import org.springframework.modulith.ApplicationModule;
