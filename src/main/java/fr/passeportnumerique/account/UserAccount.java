package fr.passeportnumerique.account;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A person who signs in: a learner, welcome point staff, a supervisor, a trainer, an expert, an administrator. */
@Entity
@Table(name = "user_account")
class UserAccount extends AbstractEntity {

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "welcome_point_id")
    private WelcomePoint welcomePoint;

    @Column(name = "region")
    private String region;

    protected UserAccount() {}

    UserAccount(String email, String fullName, String passwordHash, Set<String> roles, Instant createdAt) {
        this.email = EmailAddresses.canonical(email);
        this.fullName = fullName.strip();
        this.passwordHash = passwordHash;
        this.roles.addAll(roles);
        this.createdAt = createdAt;
    }

    void replaceRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void attachCompany(Company company) {
        this.company = company;
    }

    void joinWelcomePoint(WelcomePoint point) {
        this.welcomePoint = point;
    }

    void superviseRegion(String regionCode) {
        this.region = regionCode;
    }

    String getEmail() {
        return email;
    }

    String getFullName() {
        return fullName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    Optional<Company> getCompany() {
        return Optional.ofNullable(company);
    }

    Optional<WelcomePoint> getWelcomePoint() {
        return Optional.ofNullable(welcomePoint);
    }

    Optional<String> getRegion() {
        return Optional.ofNullable(region);
    }
}
