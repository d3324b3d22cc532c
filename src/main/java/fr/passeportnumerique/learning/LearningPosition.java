package fr.passeportnumerique.learning;

import fr.passeportnumerique.base.AbstractEntity;
import fr.passeportnumerique.base.activity.Place;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** The last place a learner was reading (a lesson and how far down, or a quiz), for "Continuer". */
@Entity
@Table(name = "learning_position")
class LearningPosition extends AbstractEntity {

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "module_slug", nullable = false)
    private String moduleSlug;

    @Column(name = "lesson_slug")
    private String lessonSlug;

    @Column(name = "scroll_percent", nullable = false)
    private int scrollPercent;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LearningPosition() {}

    Place place() {
        return new Place(moduleSlug, Optional.ofNullable(lessonSlug));
    }

    boolean isAt(Place place) {
        return place().equals(place);
    }

    int getScrollPercent() {
        return scrollPercent;
    }
}
