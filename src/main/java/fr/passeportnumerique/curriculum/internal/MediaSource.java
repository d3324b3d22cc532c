package fr.passeportnumerique.curriculum.internal;

/** An image of a module's {@code media/} folder. */
public record MediaSource(String fileName, String contentType, byte[] bytes) {}
