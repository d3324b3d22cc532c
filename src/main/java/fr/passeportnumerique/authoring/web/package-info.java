/** The images of modules with their drafts, for the editor's preview. */
package fr.passeportnumerique.authoring.web;
