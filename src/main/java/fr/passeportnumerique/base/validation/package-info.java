/**
 * Bean Validation as this application uses it: each constraint's message is a translation key, and
 * {@link fr.passeportnumerique.base.validation.Violations} turns what is wrong with a command into those keys, in the
 * order its fields are declared, for services (which trust nothing from the browser) and forms alike.
 */
package fr.passeportnumerique.base.validation;
