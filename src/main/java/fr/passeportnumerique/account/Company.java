package fr.passeportnumerique.account;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A learner's business. */
@Entity
@Table(name = "company")
class Company extends AbstractEntity {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "siret", nullable = false)
    private String siret;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", nullable = false)
    private Sector sector;

    @Column(name = "employees", nullable = false)
    private int employees;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "postcode", nullable = false)
    private String postcode;

    @Column(name = "departement", nullable = false)
    private String departement;

    protected Company() {}

    Company(CompanyDetails details) {
        update(details);
    }

    /** The owner corrected their business's details (checked before). */
    void update(CompanyDetails details) {
        name = details.name();
        siret = Siret.normalise(details.siret());
        sector = details.sector();
        employees = details.employees();
        createdOn = details.createdOn();
        postcode = details.postcode();
        departement = details.departement();
    }

    CompanyDetails details() {
        return new CompanyDetails(name, siret, sector, employees, createdOn, postcode, departement);
    }
}
