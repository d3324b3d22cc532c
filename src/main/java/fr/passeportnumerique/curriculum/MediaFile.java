package fr.passeportnumerique.curriculum;

/** An image of a module, as served to browsers. */
public record MediaFile(String contentType, byte[] content) {}
