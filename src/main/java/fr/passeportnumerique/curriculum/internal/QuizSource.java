package fr.passeportnumerique.curriculum.internal;

/** A module's quiz file, validated; {@code questionCount} is how many questions each attempt asks. */
public record QuizSource(String yaml, int passMark, int questionCount) {}
