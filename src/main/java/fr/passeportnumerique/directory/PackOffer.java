package fr.passeportnumerique.directory;

import fr.passeportnumerique.base.AbstractEntity;
import fr.passeportnumerique.financing.FinancingPath;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A packaged offer (hardware, software, services) an expert publishes for very small businesses. */
@Entity
@Table(name = "pack_offer")
class PackOffer extends AbstractEntity {

    @Column(name = "expert_id", nullable = false)
    private long expertId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "min_employees", nullable = false)
    private int minEmployees;

    @Column(name = "max_employees", nullable = false)
    private int maxEmployees;

    @Column(name = "one_off_price_excl_vat")
    private BigDecimal oneOffPriceExclVat;

    @Column(name = "monthly_price_excl_vat")
    private BigDecimal monthlyPriceExclVat;

    @Column(name = "vat_rate_percent", nullable = false)
    private BigDecimal vatRatePercent;

    @Column(name = "lease_available", nullable = false)
    private boolean leaseAvailable;

    @Column(name = "loan_available", nullable = false)
    private boolean loanAvailable;

    @Column(name = "published", nullable = false)
    private boolean published = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "pack_item", joinColumns = @JoinColumn(name = "pack_id"))
    @OrderColumn(name = "position")
    private List<PackItem> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pack_module", joinColumns = @JoinColumn(name = "pack_id"))
    @Column(name = "module_number")
    private Set<Integer> modules = new HashSet<>();

    protected PackOffer() {}

    PackOffer(long expertId, PackDetails details, Instant now) {
        this.expertId = expertId;
        this.createdAt = now;
        update(details);
    }

    void update(PackDetails details) {
        title = details.title();
        description = details.description();
        minEmployees = details.minEmployees();
        maxEmployees = details.maxEmployees();
        oneOffPriceExclVat = details.oneOffPriceExclVat().orElse(null);
        monthlyPriceExclVat = details.monthlyPriceExclVat().orElse(null);
        vatRatePercent = details.vatRatePercent();
        leaseAvailable = details.financing().contains(FinancingPath.LOCATION_EVOLUTIVE);
        loanAvailable = details.financing().contains(FinancingPath.CREDIT_CLASSIQUE);
        items.clear();
        items.addAll(details.items());
        modules.clear();
        modules.addAll(details.modules());
    }

    PackDetails details() {
        Set<FinancingPath> financing = EnumSet.noneOf(FinancingPath.class);
        if (leaseAvailable) {
            financing.add(FinancingPath.LOCATION_EVOLUTIVE);
        }
        if (loanAvailable) {
            financing.add(FinancingPath.CREDIT_CLASSIQUE);
        }
        return new PackDetails(
                title,
                description,
                items,
                minEmployees,
                maxEmployees,
                Optional.ofNullable(oneOffPriceExclVat),
                Optional.ofNullable(monthlyPriceExclVat),
                vatRatePercent,
                modules,
                financing);
    }

    long getExpertId() {
        return expertId;
    }

    boolean isPublished() {
        return published;
    }

    void publish(boolean shown) {
        published = shown;
    }
}
