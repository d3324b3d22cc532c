/** Reading and validating the content files: plain code with no Spring in it. */
package fr.passeportnumerique.curriculum.internal;
