/** E-mail: every message goes through the outbox; it is delivered when an SMTP server is configured. */
package fr.passeportnumerique.base.mail;
