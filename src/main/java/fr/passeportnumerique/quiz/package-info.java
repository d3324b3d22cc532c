/**
 * Quizzes: the question types, how each is graded, and the quiz of a module as written in its {@code quiz.yaml}.
 * Grading is plain code with no Spring in it.
 */
@ApplicationModule(allowedDependencies = {"account", "base", "curriculum", "curriculum :: format"})
package fr.passeportnumerique.quiz;

import org.springframework.modulith.ApplicationModule;
