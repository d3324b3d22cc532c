package fr.passeportnumerique.directory;

import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An accredited IT expert of the programme. */
@Entity
@Table(name = "expert")
class Expert extends AbstractEntity {

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "company_name", nullable = false)
    private String companyName;

    @Column(name = "siret", nullable = false)
    private String siret;

    @Column(name = "accreditation_number", nullable = false)
    private String accreditationNumber;

    @Column(name = "accredited_from", nullable = false)
    private LocalDate accreditedFrom;

    @Column(name = "accredited_until", nullable = false)
    private LocalDate accreditedUntil;

    @Column(name = "suspended", nullable = false)
    private boolean suspended;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "phone", nullable = false)
    private String phone;

    @Column(name = "street", nullable = false)
    private String street;

    @Column(name = "postcode", nullable = false)
    private String postcode;

    @Column(name = "town", nullable = false)
    private String town;

    @Column(name = "remote", nullable = false)
    private boolean remote;

    @Column(name = "capacity_per_month", nullable = false)
    private int capacityPerMonth;

    @Column(name = "languages", nullable = false)
    private String languages;

    @Column(name = "presentation", nullable = false)
    private String presentation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ElementCollection
    @CollectionTable(name = "expert_departement", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "departement_code")
    private Set<String> departements = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_skill", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "module_number")
    private Set<Integer> skills = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_sector", joinColumns = @JoinColumn(name = "expert_id"))
    @MapKeyColumn(name = "sector")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "clients")
    private Map<Sector, Integer> clientsBySector = new EnumMap<>(Sector.class);

    protected Expert() {}

    Expert(ExpertProfile profile, Long accountId, Instant now) {
        this.accountId = accountId;
        this.createdAt = now;
        update(profile);
    }

    void update(ExpertProfile profile) {
        companyName = profile.companyName();
        siret = profile.siret();
        accreditationNumber = profile.accreditationNumber();
        accreditedFrom = profile.accreditedFrom();
        accreditedUntil = profile.accreditedUntil();
        Contact contact = profile.contact();
        contactName = contact.name();
        email = contact.email();
        phone = contact.phone();
        street = contact.street();
        postcode = contact.postcode();
        town = contact.town();
        remote = profile.remote();
        capacityPerMonth = profile.capacityPerMonth();
        languages = String.join(",", new TreeSet<>(profile.languages()));
        presentation = profile.presentation();
        departements.clear();
        departements.addAll(profile.departements());
        skills.clear();
        skills.addAll(profile.skills());
        clientsBySector.clear();
        clientsBySector.putAll(profile.clientsBySector());
    }

    /** Renews (or first grants) the accreditation for a period, and lifts a suspension. */
    void accredit(LocalDate from, LocalDate until) {
        accreditedFrom = from;
        accreditedUntil = until;
        suspended = withdrawnAt != null;
    }

    void linkTo(Long account) {
        accountId = account;
    }

    void suspend() {
        suspended = true;
    }

    /**
     * The expert deleted their account: off the directory for good, and without the details that name a person (the
     * company's name, SIRET and town stay, for the learners' requests that named it).
     */
    void withdraw(Instant when) {
        withdrawnAt = when;
        suspended = true;
        accountId = null;
        contactName = "";
        email = "";
        phone = "";
        street = "";
        presentation = "";
    }

    boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    Accreditation accreditationOn(LocalDate day) {
        if (withdrawnAt != null) {
            return Accreditation.WITHDRAWN;
        }
        return Accreditation.on(day, accreditedFrom, accreditedUntil, suspended);
    }

    ExpertProfile profile() {
        return new ExpertProfile(
                companyName,
                siret,
                accreditationNumber,
                accreditedFrom,
                accreditedUntil,
                new Contact(contactName, email, phone, street, postcode, town),
                remote,
                departements,
                skills,
                clientsBySector,
                capacityPerMonth,
                new HashSet<>(Arrays.asList(languages.split(","))),
                presentation);
    }

    Long getAccountId() {
        return accountId;
    }
}
