package fr.passeportnumerique.base.territory;

/** A French region, by its INSEE code ("84" for Auvergne-Rhône-Alpes). */
public record Region(String code, String name) {}
