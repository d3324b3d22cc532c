/** HTTP endpoints of the curriculum: the public JSON API and the media files lessons show. */
package fr.passeportnumerique.curriculum.web;
