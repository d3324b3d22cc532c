package fr.passeportnumerique.base.territory;

/** A French département, by its code ("69", "2A", "974"), with the code of its region. */
public record Departement(String code, String name, String regionCode) {

    /** "69 · Rhône", as lists show it. */
    public String label() {
        return code + " · " + name;
    }
}
