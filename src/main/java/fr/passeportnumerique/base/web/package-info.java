/**
 * What every HTTP request goes through: its id in the logs, the refusal of a malformed query string, and the
 * security headers, which Tomcat's own error pages carry too.
 */
package fr.passeportnumerique.base.web;
