/**
 * The placement test's psychometric engine, plain code without Spring: a hierarchical Rasch model of mastery per
 * module, the choice of the next question, when to stop, and the calibration of questions' difficulties from answers
 * (see {@code docs/placement.md}).
 */
package fr.passeportnumerique.quiz.placement;
