/** The catalogue, module and lesson views, and the content import status for administrators. */
package fr.passeportnumerique.curriculum.ui;
