/**
 * Learners' progress: lessons done, quiz results (heard from {@code QuizGraded}), the passport's stamps, and the
 * events {@link fr.passeportnumerique.learning.ModuleCompleted} and {@link fr.passeportnumerique.learning.LearnerGraduated}.
 */
@ApplicationModule(allowedDependencies = {"account", "base", "curriculum", "quiz"})
package fr.passeportnumerique.learning;

import org.springframework.modulith.ApplicationModule;
