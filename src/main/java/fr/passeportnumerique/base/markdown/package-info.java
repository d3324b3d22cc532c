/** Markdown to safe HTML: the one rendering learners, trainers and previews all see. */
package fr.passeportnumerique.base.markdown;
