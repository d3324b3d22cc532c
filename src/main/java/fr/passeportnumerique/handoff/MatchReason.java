package fr.passeportnumerique.handoff;

import java.util.List;

/** One reason behind a match score, as a translation key and its arguments ("couvre le département {0}"). */
public record MatchReason(String key, List<Object> arguments) {

    static MatchReason of(String key, Object... arguments) {
        return new MatchReason("match.reason." + key, List.of(arguments));
    }
}
