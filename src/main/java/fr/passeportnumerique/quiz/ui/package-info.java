/** Taking a quiz: one card per question, an input made for each question type, and the result with explanations. */
package fr.passeportnumerique.quiz.ui;
