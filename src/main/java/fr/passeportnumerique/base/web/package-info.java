/** What every HTTP request goes through: its id in the logs. */
package fr.passeportnumerique.base.web;
