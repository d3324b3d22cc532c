package fr.passeportnumerique.directory;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.search.SearchContentChanged;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in expert's own listing in the directory: their profile and their packs, which only they change. Another
 * expert's pack is "not found".
 */
@Service
public class ExpertListing {

    private final AccountService accounts;
    private final ExpertRepository experts;
    private final PackOfferRepository packs;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExpertListing(
            AccountService accounts,
            ExpertRepository experts,
            PackOfferRepository packs,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.experts = experts;
        this.packs = packs;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The expert the signed-in account runs, if an administrator linked one. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.EXPERT)
    public Optional<ExpertPage> myExpert() {
        return experts.findByAccountId(accounts.currentAccountId())
                .map(expert -> new ExpertPage(
                        expert.getId(), expert.profile(), expert.accreditationOn(Dates.today(clock)), List.of()));
    }

    /**
     * The signed-in expert signed a contract with a client of this sector: the count feeds matching ("déjà 3 clients
     * dans votre secteur").
     */
    @Transactional
    @RolesAllowed(AppRoles.EXPERT)
    public void countClient(Sector sector) {
        jdbc.update(
                "insert into expert_sector (expert_id, sector, clients) values (?, ?, 1)"
                        + " on duplicate key update clients = clients + 1",
                mine().getId(),
                sector.name());
    }

    /** Changes the signed-in expert's own profile; what is wrong is refused as a whole, nothing half-saved. */
    @Transactional
    @RolesAllowed(AppRoles.EXPERT)
    public void updateProfile(ExpertProfileUpdate update) {
        update.problems().stream().findFirst().ifPresent(problem -> {
            throw new DirectoryException(problem);
        });
        Expert expert = mine();
        expert.update(update.appliedTo(expert.profile()));
        events.publishEvent(new SearchContentChanged());
    }

    /** The signed-in expert's packs, unpublished ones included. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.EXPERT)
    public List<OwnPack> myPacks() {
        Expert expert = mine();
        return packs.findByExpertIdOrderByTitle(expert.getId()).stream()
                .map(pack -> new OwnPack(pack.getId(), pack.details(), pack.isPublished()))
                .toList();
    }

    /** Creates a pack (no id) or changes one of the signed-in expert's; another expert's pack is "not found". */
    @Transactional
    @RolesAllowed(AppRoles.EXPERT)
    public long savePack(Optional<Long> packId, PackDetails details) {
        details.problems().stream().findFirst().ifPresent(problem -> {
            throw new DirectoryException(problem);
        });
        Expert expert = mine();
        PackOffer pack = packId.map(id -> own(expert, id))
                .orElseGet(() -> new PackOffer(expert.getId(), details, clock.instant()));
        pack.update(details);
        long id = packs.save(pack).getId();
        events.publishEvent(new SearchContentChanged());
        return id;
    }

    @Transactional
    @RolesAllowed(AppRoles.EXPERT)
    public void publishPack(long packId, boolean published) {
        own(mine(), packId).publish(published);
        events.publishEvent(new SearchContentChanged());
    }

    @Transactional
    @RolesAllowed(AppRoles.EXPERT)
    public void deletePack(long packId) {
        packs.delete(own(mine(), packId));
        events.publishEvent(new SearchContentChanged());
    }

    private Expert mine() {
        return experts.findByAccountId(accounts.currentAccountId())
                .orElseThrow(() -> new DirectoryException("expert-space.not-linked"));
    }

    private PackOffer own(Expert expert, long packId) {
        return packs.findById(packId)
                .filter(pack -> pack.getExpertId() == expert.getId())
                .orElseThrow(() -> new DirectoryException("pack-editor.problem.not-found"));
    }
}
