/** The passport of stamps and the "I have finished" button under each lesson. */
package fr.passeportnumerique.learning.ui;
