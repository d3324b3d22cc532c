package fr.passeportnumerique.curriculum.internal;

/** A module's quiz file, validated; the quiz feature reads its questions from {@code yaml}. */
public record QuizSource(String yaml, int passMark, int questionCount) {}
