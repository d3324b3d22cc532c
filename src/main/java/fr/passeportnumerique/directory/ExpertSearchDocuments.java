package fr.passeportnumerique.directory;

import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.search.ResultType;
import fr.passeportnumerique.search.SearchDocument;
import fr.passeportnumerique.search.SearchDocumentSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accredited experts and their published packs as search documents: an expert is found by name, town, départements,
 * skills (module titles) and sectors; a pack by its title, description, contents and the needs it covers.
 */
@Component
class ExpertSearchDocuments implements SearchDocumentSource {

    private final ExpertRows rows;
    private final PackOfferRepository packs;
    private final CurriculumService curriculum;
    private final Clock clock;

    ExpertSearchDocuments(ExpertRows rows, PackOfferRepository packs, CurriculumService curriculum, Clock clock) {
        this.rows = rows;
        this.packs = packs;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    /** Runs without a signed-in person (at startup, after a change): it reads the tables directly. */
    @Override
    @Transactional(readOnly = true)
    public List<SearchDocument> documents() {
        Map<Integer, String> modules =
                curriculum.modules().stream().collect(Collectors.toMap(ModuleSummary::number, ModuleSummary::title));
        LocalDate today = Dates.today(clock);
        Map<Long, ExpertCard> accredited = rows.all(ExpertDirectory.monthStart(clock)).stream()
                .filter(card -> card.candidate().isAccreditedOn(today))
                .collect(Collectors.toMap(ExpertCard::id, card -> card, (first, same) -> first, LinkedHashMap::new));
        List<SearchDocument> documents = new ArrayList<>();
        for (ExpertCard card : accredited.values()) {
            ExpertCandidate expert = card.candidate();
            String places = expert.departements().stream()
                    .sorted()
                    .map(code -> Territories.departement(code)
                            .map(d -> d.name() + " " + code)
                            .orElse(code))
                    .collect(Collectors.joining(", "));
            String body = String.join(
                    ". ",
                    card.postcode() + " " + card.town(),
                    places,
                    titles(expert.skills(), modules),
                    expert.clientsBySector().keySet().stream()
                            .map(sector -> Translations.translate(sector.translationKey(), Translations.FRENCH))
                            .collect(Collectors.joining(", ")),
                    expert.remote() ? Translations.translate("expert.search.remote", Translations.FRENCH) : "");
            documents.add(document(
                    ResultType.EXPERT,
                    "experts",
                    card.postcode() + " " + card.town(),
                    expert.companyName(),
                    body,
                    "experts/" + card.id()));
        }
        for (PackOffer pack : packs.findAllByOrderById()) {
            ExpertCard seller = accredited.get(pack.getExpertId());
            if (seller == null || !pack.isPublished()) {
                continue;
            }
            PackDetails details = pack.details();
            String body = String.join(
                    ". ",
                    details.description(),
                    details.items().stream().map(PackItem::label).collect(Collectors.joining(". ")),
                    titles(details.modules(), modules));
            documents.add(document(
                    ResultType.PACK,
                    "offres",
                    seller.companyName(),
                    details.title(),
                    body,
                    "experts/" + seller.id() + "#offre-" + pack.getId()));
        }
        return documents;
    }

    private static String titles(Collection<Integer> numbers, Map<Integer, String> modules) {
        return numbers.stream()
                .sorted()
                .map(number -> modules.getOrDefault(number, ""))
                .collect(Collectors.joining(", "));
    }

    /** The "module" fields say where the result belongs: the directory or the offers, and a place or a seller. */
    private static SearchDocument document(
            ResultType type, String section, String context, String title, String body, String href) {
        return new SearchDocument(type, 0, section, context, Optional.empty(), title, body, href);
    }
}
