package fr.passeportnumerique.account;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WelcomePointRepository extends JpaRepository<WelcomePoint, Long> {

    @Query("""
            select p from WelcomePoint p
            where p.postcode like concat(:prefix, '%') or p.departement = :departement
            order by p.postcode, p.name""")
    List<WelcomePoint> findNear(String prefix, String departement, Limit limit);

    @Query("""
            select p from WelcomePoint p where lower(p.town) like lower(concat(:town, '%')) escape '!'
            order by p.town, p.name""")
    List<WelcomePoint> findByTownStart(String town, Limit limit);

    /** What a person typed, as the start of a town for {@link #findByTownStart}: wildcards match themselves. */
    static String townStart(String typed) {
        return typed.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
