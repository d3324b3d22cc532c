package fr.passeportnumerique.directory;

import java.util.List;

/** An expert's public profile: what they say, whether their accreditation holds today, and their packs. */
public record ExpertPage(long id, ExpertProfile profile, Accreditation accreditation, List<PackListing> packs) {}
