/**
 * The content format shared by whoever reads or writes the curriculum's files: the importer, the trainers' editor
 * and the quiz engine. A quiz file as typed records with its one reader, writer and rules, and the split of a
 * Markdown file's front matter.
 */
@NamedInterface("format")
package fr.passeportnumerique.curriculum.format;

import org.springframework.modulith.NamedInterface;
