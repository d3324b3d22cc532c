package fr.passeportnumerique.account;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A place where business owners get help in person: a CCI, a post office, a management centre... */
@Entity
@Table(name = "welcome_point")
class WelcomePoint extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private WelcomePointType type;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "address", nullable = false)
    private String address;

    @Column(name = "postcode", nullable = false)
    private String postcode;

    @Column(name = "town", nullable = false)
    private String town;

    @Column(name = "departement", nullable = false)
    private String departement;

    @Column(name = "region", nullable = false)
    private String region;

    @Column(name = "opening_hours", nullable = false)
    private String openingHours;

    @Column(name = "phone", nullable = false)
    private String phone;

    @Column(name = "email", nullable = false)
    private String email;

    protected WelcomePoint() {}

    WelcomePoint(WelcomePointDetails details) {
        replaceWith(details);
    }

    void replaceWith(WelcomePointDetails details) {
        type = details.type();
        name = details.name();
        address = details.address();
        postcode = details.postcode();
        town = details.town();
        departement = details.departement();
        region = details.region();
        openingHours = details.openingHours();
        phone = details.phone();
        email = details.email();
    }

    WelcomePointDetails details() {
        return new WelcomePointDetails(
                getId(), type, name, address, postcode, town, departement, region, openingHours, phone, email);
    }

    String getRegion() {
        return region;
    }
}
