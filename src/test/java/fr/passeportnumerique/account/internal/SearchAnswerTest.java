package fr.passeportnumerique.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.account.FoundCompany;
import fr.passeportnumerique.account.SiretLookup;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchAnswerTest {

    private static final String SIRET = "91234567500017";

    private static SearchAnswer.Etablissement headOffice(String state, String postcode, String departement) {
        return new SearchAnswer.Etablissement(
                SIRET,
                state,
                "2024-03-15",
                "4 RUE DES FRERES WRIGHT 31700 BLAGNAC",
                postcode,
                "BLAGNAC",
                departement,
                "43.21A",
                "01");
    }

    private static SearchAnswer answer(String companyState, SearchAnswer.Etablissement siege, String name) {
        return new SearchAnswer(
                List.of(new SearchAnswer.Result(name, null, "43.21A", "2024-03-15", companyState, "02", siege, null)));
    }

    @Test
    void data_a_person_asked_insee_not_to_publish_counts_as_absent() {
        SearchAnswer masked = answer("A", headOffice("A", SearchAnswer.MASKED, null), SearchAnswer.MASKED);

        FoundCompany company = ((SiretLookup.Found) masked.about(SIRET)).company();

        assertThat(company.name()).isNull();
        assertThat(company.postcode()).isNull();
        assertThat(company.departement()).isNull();
        assertThat(company.sector()).isNotNull();
    }

    @Test
    void a_ceased_company_is_closed_even_if_its_establishment_is_not_marked_so() {
        SearchAnswer ceased = answer("C", headOffice("A", "31700", "31"), "ELECTRICITE MARTIN");

        assertThat(ceased.about(SIRET)).isEqualTo(new SiretLookup.Closed("ELECTRICITE MARTIN"));
    }

    @Test
    void an_answer_without_results_says_nothing_is_known() {
        assertThat(new SearchAnswer(null).about(SIRET)).isEqualTo(new SiretLookup.Unknown());
    }
}
