package fr.passeportnumerique.quiz;

import fr.passeportnumerique.quiz.placement.AbilityPrior;
import fr.passeportnumerique.quiz.placement.PlacementModel;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The placement model in force: the launch one, with the abilities' prior the calibration job refitted, if any. */
@Component
class PlacementPriors {

    private final JdbcTemplate jdbc;

    PlacementPriors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    PlacementModel model() {
        PlacementModel launch = PlacementEngine.MODEL;
        return jdbc
                .query(
                        "select general_mean, general_sd, theme_sd, module_sd from placement_prior where id = 1",
                        (row, index) -> new AbilityPrior(
                                row.getDouble(1),
                                row.getDouble(2),
                                row.getDouble(3),
                                row.getDouble(4),
                                launch.prior().themeBySlug()))
                .stream()
                .findFirst()
                .map(launch::withPrior)
                .orElse(launch);
    }

    void keep(AbilityPrior prior, int placements, Instant when) {
        jdbc.update(
                "insert into placement_prior (id, general_mean, general_sd, theme_sd, module_sd, placements, fitted_at)"
                        + " values (1, ?, ?, ?, ?, ?, ?) on duplicate key update general_mean = values(general_mean),"
                        + " general_sd = values(general_sd), theme_sd = values(theme_sd),"
                        + " module_sd = values(module_sd), placements = values(placements),"
                        + " fitted_at = values(fitted_at)",
                prior.generalMean(),
                prior.generalSd(),
                prior.themeSd(),
                prior.moduleSd(),
                placements,
                Timestamp.from(when));
    }
}
