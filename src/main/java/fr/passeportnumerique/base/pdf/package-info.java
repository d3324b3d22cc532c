/** The site's identity on paper, shared by every PDF the platform prints. */
package fr.passeportnumerique.base.pdf;
