package fr.passeportnumerique.base.mail;

/** A plain-text e-mail to one person. */
public record Mail(String recipient, String subject, String body) {}
