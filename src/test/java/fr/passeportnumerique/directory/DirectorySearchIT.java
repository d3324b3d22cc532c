package fr.passeportnumerique.directory;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.search.ResultType;
import fr.passeportnumerique.search.SearchHit;
import fr.passeportnumerique.search.SearchRequest;
import fr.passeportnumerique.search.SearchService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Experts and packs in the search index, and an accreditation change reaching it. */
@IntegrationTest
class DirectorySearchIT {

    private static final String ADMIN = "admin@example.org";

    @Autowired
    SearchService search;

    @Autowired
    ExpertAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    private List<SearchHit> hits(String query) {
        return as(
                ADMIN,
                AppRoles.ADMIN,
                () -> search.search(SearchRequest.of(query, 10)).hits());
    }

    @Test
    void a_pack_is_found_by_its_title_and_contents() {
        List<SearchHit> found = hits("pack sauvegarde sereine");

        assertThat(found).isNotEmpty();
        assertThat(found.getFirst().type()).isEqualTo(ResultType.PACK);
        assertThat(found.getFirst().href()).startsWith("experts/").contains("#offre-");
        assertThat(hits("serveur de stockage NAS")).extracting(SearchHit::type).contains(ResultType.PACK);
    }

    @Test
    void a_suspended_expert_leaves_the_index_and_a_renewal_brings_them_back() {
        long expertId = jdbc.queryForObject(
                "select min(id) from expert where suspended = false and accredited_until >= current_date"
                        + " and accredited_from <= current_date",
                Long.class);
        String name = jdbc.queryForObject("select company_name from expert where id = ?", String.class, expertId);
        String href = "experts/" + expertId;
        assertThat(hits('"' + name + '"')).extracting(SearchHit::href).contains(href);

        as(ADMIN, AppRoles.ADMIN, () -> administration.suspend(expertId));
        assertThat(hits('"' + name + '"')).extracting(SearchHit::href).doesNotContain(href);

        as(ADMIN, AppRoles.ADMIN, () -> administration.renew(expertId));
        assertThat(hits('"' + name + '"')).extracting(SearchHit::href).contains(href);
    }
}
