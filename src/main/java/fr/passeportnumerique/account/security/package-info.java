/** Spring Security for the whole site: who may open which page, how people sign in, how passwords are kept. */
package fr.passeportnumerique.account.security;
