package fr.passeportnumerique.curriculum;

import java.util.Map;

/** The HTML of a module's introduction and of each lesson (by slug), rendered once at import. */
record RenderedModule(String introductionHtml, Map<String, String> lessonHtml) {}
