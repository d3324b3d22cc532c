package fr.passeportnumerique.base.mail;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    List<OutboxMail> findAllByOrderByIdDesc(Limit limit);
}
