/**
 * How long sessions live and how many anonymous ones a node keeps: the bounds that keep anonymous page loads from
 * filling the memory, and shared computers from staying signed in.
 */
package fr.passeportnumerique.base.session;
