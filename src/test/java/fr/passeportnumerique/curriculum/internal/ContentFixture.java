package fr.passeportnumerique.curriculum.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A small, valid content folder written on disk, for tests to read as it is or to break on purpose. */
public final class ContentFixture {

    public static final String MODULE = """
            ---
            slug: premier-module
            number: 1
            title: Premier module
            summary: Un module d'essai.
            objectives:
              - Comprendre l'essai
            duration_minutes: 30
            level: debutant
            tags: [essai]
            prerequisites: []
            ---
            Introduction du module.
            """;
    public static final String LESSON = """
            ---
            slug: une-lecon
            title: Une leçon
            duration_minutes: 10
            reviewed: 2026-01-15
            sources:
              - https://www.cnil.fr/fr/mots-de-passe
            ---
            ## Une partie

            Du texte.

            ![Un schéma](media/schema.svg)
            """;
    public static final String QUIZ = """
            pass_mark: 70
            questions:
              - id: q1
                type: single_choice
                taught_in: "une-lecon#Une partie"
                prompt: Quelle réponse ?
                choices:
                  - text: La bonne
                    correct: true
                  - text: La mauvaise
                explanation: Parce que.
            """;

    public static final String GLOSSARY = """
            terms:
              - term: "Essai"
                definition: "Ce que l'on fait pour voir si cela marche."
              - term: "Schéma"
                definition: "Un dessin qui explique."
            """;

    private final Path root;

    private ContentFixture(Path root) {
        this.root = root;
    }

    /** A content folder holding one module, {@code 01-premier-module}: one lesson, a quiz, a glossary, an image. */
    public static ContentFixture in(Path folder) {
        ContentFixture fixture = new ContentFixture(folder.resolve("content"));
        fixture.write("modules/01-premier-module/module.md", MODULE);
        fixture.write("modules/01-premier-module/lessons/01-une-lecon.md", LESSON);
        fixture.write("modules/01-premier-module/quiz.yaml", QUIZ);
        fixture.write("modules/01-premier-module/glossary.yaml", GLOSSARY);
        fixture.write("modules/01-premier-module/media/schema.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        return fixture;
    }

    /** A copy of a real content folder, to change without touching the original. */
    public static ContentFixture copyOf(Path source, Path folder) {
        Path target = folder.resolve("content");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentFixture(target);
    }

    public Path root() {
        return root;
    }

    public ContentFixture write(String relativePath, String text) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relativePath) {
        try {
            return Files.readString(root.resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ContentFixture replace(String relativePath, String from, String to) {
        String text = read(relativePath);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(relativePath + " does not contain " + from);
        }
        return write(relativePath, text.replace(from, to));
    }
}
