/** Passeport numérique: the online home of the programme that brings very small businesses to digital tools. */
package fr.passeportnumerique;
