package fr.passeportnumerique.directory;

/** The directory's addresses that other pages link to: the list of experts and each expert's page. */
public final class DirectoryLinks {

    public static final String EXPERTS = "experts";

    private DirectoryLinks() {}

    public static String expert(long id) {
        return EXPERTS + "/" + id;
    }
}
