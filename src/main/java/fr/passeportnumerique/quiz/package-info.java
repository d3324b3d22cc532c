/**
 * Quizzes: the question types, how each is graded, and the quiz of a module as written in its {@code quiz.yaml}.
 * Grading is plain code with no Spring in it.
 */
package fr.passeportnumerique.quiz;
