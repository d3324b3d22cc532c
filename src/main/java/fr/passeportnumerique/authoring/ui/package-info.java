/** The trainers' workshop: the curriculum tree, the lesson editor, publication, history and zip transfers. */
package fr.passeportnumerique.authoring.ui;
