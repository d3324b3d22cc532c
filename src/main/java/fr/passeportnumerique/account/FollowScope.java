package fr.passeportnumerique.account;

import java.util.Optional;

/**
 * The part of the learners a person follows: everyone (administrators), a region's welcome points (regional
 * supervisors), or one welcome point (its staff). Nothing when they follow no one.
 */
public record FollowScope(boolean everyone, Optional<Long> welcomePointId, Optional<String> region) {

    public static FollowScope nobody() {
        return new FollowScope(false, Optional.empty(), Optional.empty());
    }

    /** Whether a point, in its region, is within the scope. */
    public boolean coversPoint(long pointId, String pointRegion) {
        return everyone
                || welcomePointId.filter(id -> id == pointId).isPresent()
                || region.filter(code -> code.equals(pointRegion)).isPresent();
    }

    public boolean coversRegion(String code) {
        return everyone || region.filter(code::equals).isPresent();
    }
}
