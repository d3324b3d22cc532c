package fr.passeportnumerique.handoff;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.directory.Contact;
import fr.passeportnumerique.directory.ExpertDirectory;
import fr.passeportnumerique.directory.ExpertListing;
import fr.passeportnumerique.directory.ExpertProfile;
import fr.passeportnumerique.directory.ExpertProfileUpdate;
import fr.passeportnumerique.directory.OwnPack;
import fr.passeportnumerique.directory.PackDetails;
import fr.passeportnumerique.directory.PackItem;
import fr.passeportnumerique.directory.PackListing;
import fr.passeportnumerique.financing.FinancingPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The expert space: an expert acts only when accredited, only on their own requests, profile and packs. */
class ExpertSpaceIT extends GraduateAndLocalExperts {

    @Autowired
    ExpertSpaceService space;

    @Autowired
    ExpertListing listing;

    @Autowired
    ExpertDirectory directory;

    @Test
    void an_expert_whose_accreditation_is_suspended_cannot_accept_a_request() {
        long expertId = localExperts.getFirst();
        String expert = runBy(expertId);
        long request = send(graduate, to(expertId)).getFirst();
        jdbc.update("update expert set suspended = true where id = ?", expertId);
        try {
            assertThatThrownBy(() -> as(
                            expert,
                            AppRoles.EXPERT,
                            () -> space.move(request, HandoffStatus.ACCEPTED, Optional.empty())))
                    .hasMessage("expert-space.error.not-accredited");
            assertThat(statusOf(request)).isEqualTo(HandoffStatus.SENT);
        } finally {
            jdbc.update("update expert set suspended = false where id = ?", expertId);
        }
    }

    @Test
    void an_expert_sees_and_moves_only_the_requests_addressed_to_them() {
        String first = runBy(localExperts.get(0));
        String second = runBy(localExperts.get(1));
        long request = send(graduate, to(localExperts.get(0))).getFirst();

        assertThat(as(second, AppRoles.EXPERT, () -> space.requests())).isEmpty();
        assertThatThrownBy(() -> as(
                        second, AppRoles.EXPERT, () -> space.move(request, HandoffStatus.ACCEPTED, Optional.empty())))
                .hasMessage("handoff.error.not-found");
        String stranger = TestLearners.register(accounts, "curieux");
        assertThatThrownBy(() -> as(stranger, AppRoles.LEARNER, () -> handoff.withdraw(request)))
                .hasMessage("handoff.error.not-found");
        assertThat(as(first, AppRoles.EXPERT, () -> space.requests()))
                .extracting(IncomingRequest::id)
                .containsExactly(request);
        assertThat(statusOf(request)).isEqualTo(HandoffStatus.SENT);
    }

    @Test
    void an_expert_edits_their_profile_and_packs_and_no_one_else_s() {
        long expertId = localExperts.getFirst();
        String expert = runBy(expertId);
        String other = runBy(localExperts.get(1));
        ExpertProfile before = as(expert, AppRoles.EXPERT, () -> listing.myExpert())
                .orElseThrow()
                .profile();
        ExpertProfileUpdate wrong = new ExpertProfileUpdate(
                new Contact(
                        "Camille Exemple",
                        "pas-une-adresse",
                        "01 99 00 12 34",
                        "1 rue de l'Exemple",
                        "49000",
                        "Exempleville"),
                false,
                Set.of(DEPARTEMENT),
                Set.of(5),
                7,
                Set.of("fr"),
                "Présentation.");

        assertThatThrownBy(() -> as(expert, AppRoles.EXPERT, () -> listing.updateProfile(wrong)))
                .hasMessage("expert-profile.problem.email");
        assertThat(as(expert, AppRoles.EXPERT, () -> listing.myExpert())
                        .orElseThrow()
                        .profile())
                .isEqualTo(before);

        ExpertProfileUpdate right = new ExpertProfileUpdate(
                new Contact(
                        "Camille Exemple",
                        "camille@example.org",
                        "01 99 00 12 34",
                        "1 rue de l'Exemple",
                        "49000",
                        "Exempleville"),
                false,
                Set.of(DEPARTEMENT),
                Set.of(5),
                7,
                Set.of("fr", "en"),
                "Présentation.");
        as(expert, AppRoles.EXPERT, () -> listing.updateProfile(right));
        ExpertProfile after = as(expert, AppRoles.EXPERT, () -> listing.myExpert())
                .orElseThrow()
                .profile();
        assertThat(after.capacityPerMonth()).isEqualTo(7);
        assertThat(after.companyName()).isEqualTo(before.companyName());
        assertThat(after.accreditationNumber()).isEqualTo(before.accreditationNumber());

        PackDetails pack = new PackDetails(
                "Pack Exemple de test",
                "Une offre d'essai.",
                List.of(new PackItem(PackItem.Kind.SERVICE, "Diagnostic")),
                0,
                9,
                Optional.of(new BigDecimal("300.00")),
                Optional.empty(),
                PackDetails.STANDARD_VAT_PERCENT,
                Set.of(5),
                Set.of(FinancingPath.CREDIT_CLASSIQUE));
        long packId = as(expert, AppRoles.EXPERT, () -> listing.savePack(Optional.empty(), pack));
        assertThat(as(expert, AppRoles.LEARNER, () -> directory.packs(Optional.of(5))))
                .extracting(PackListing::id)
                .contains(packId);
        assertThatThrownBy(() -> as(other, AppRoles.EXPERT, () -> listing.deletePack(packId)))
                .hasMessage("pack-editor.problem.not-found");
        as(expert, AppRoles.EXPERT, () -> listing.publishPack(packId, false));
        assertThat(as(expert, AppRoles.LEARNER, () -> directory.packs(Optional.of(5))))
                .extracting(PackListing::id)
                .doesNotContain(packId);
        as(expert, AppRoles.EXPERT, () -> listing.deletePack(packId));
        assertThat(as(expert, AppRoles.EXPERT, () -> listing.myPacks()))
                .extracting(OwnPack::id)
                .doesNotContain(packId);
    }
}
