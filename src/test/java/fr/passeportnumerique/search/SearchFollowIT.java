package fr.passeportnumerique.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.curriculum.CurriculumPublished;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.curriculum.ModuleSummary;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Another node publishes: the content changes in the shared database and the stamp moves on, with no event in this
 * node. This node's index and the curriculum its pages show follow at its next reading of the stamp, and only then.
 */
@IntegrationTest
class SearchFollowIT {

    private static final String WORD = "zygomorphe";

    @Autowired
    SearchIndexFollower follower;

    @Autowired
    SearchContentStamp stamp;

    @Autowired
    SearchService search;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CurriculumService curriculum;

    @Test
    void a_change_made_on_another_node_reaches_this_index_when_the_stamp_moves() {
        follower.follow();
        String summary =
                jdbc.queryForObject("select summary from curriculum_module where slug = 'premiers-pas'", String.class);
        try {
            jdbc.update("update curriculum_module set summary = ? where slug = 'premiers-pas'", summary + " " + WORD);
            follower.follow();
            assertThat(hits())
                    .as("the stamp has not moved: the index is not rebuilt")
                    .isZero();

            jdbc.update("update search_content_stamp set version = version + 1 where id = 1");
            follower.follow();
            assertThat(hits()).isPositive();
        } finally {
            jdbc.update("update curriculum_module set summary = ? where slug = 'premiers-pas'", summary);
            jdbc.update("update search_content_stamp set version = version + 1 where id = 1");
            follower.follow();
        }
        assertThat(hits()).isZero();
    }

    @Test
    void a_change_made_on_another_node_reaches_this_nodes_pages_when_the_stamp_moves() {
        follower.follow();
        String title = curriculum.module("premiers-pas").orElseThrow().link().title();
        try {
            jdbc.update("update curriculum_module set title = ? where slug = 'premiers-pas'", title + " " + WORD);
            follower.follow();
            assertThat(curriculum.module("premiers-pas").orElseThrow().link().title())
                    .as("the stamp has not moved: this node keeps the curriculum it holds")
                    .isEqualTo(title);

            jdbc.update("update search_content_stamp set version = version + 1 where id = 1");
            follower.follow();
            assertThat(curriculum.module("premiers-pas").orElseThrow().link().title())
                    .isEqualTo(title + " " + WORD);
            assertThat(curriculum.modules())
                    .filteredOn(module -> module.slug().equals("premiers-pas"))
                    .extracting(ModuleSummary::title)
                    .containsExactly(title + " " + WORD);
        } finally {
            jdbc.update("update curriculum_module set title = ? where slug = 'premiers-pas'", title);
            jdbc.update("update search_content_stamp set version = version + 1 where id = 1");
            follower.follow();
        }
        assertThat(curriculum.module("premiers-pas").orElseThrow().link().title())
                .isEqualTo(title);
    }

    @Test
    void a_change_of_searchable_content_moves_the_stamp_on() {
        long before = stamp.current();
        events.publishEvent(new SearchContentChanged());
        assertThat(stamp.current()).isEqualTo(before + 1);
    }

    @Test
    void an_import_that_changes_nothing_leaves_the_stamp_alone() {
        long before = stamp.current();
        events.publishEvent(new CurriculumPublished(ImportOutcome.UNCHANGED, Instant.now(), Set.of()));
        assertThat(stamp.current()).isEqualTo(before);
        events.publishEvent(new CurriculumPublished(ImportOutcome.UPDATED, Instant.now(), Set.of("premiers-pas")));
        assertThat(stamp.current()).isEqualTo(before + 1);
    }

    private long hits() {
        return search.search(SearchRequest.of(WORD, 5)).hits().size();
    }
}
