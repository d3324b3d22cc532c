package fr.passeportnumerique.quiz;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Quiz submissions for monitoring, passed and failed apart: {@code passeport_quiz_submissions_total}. */
@Component
class QuizMetrics {

    private final Counter passed;
    private final Counter failed;

    QuizMetrics(MeterRegistry meters) {
        passed = Counter.builder("passeport.quiz.submissions")
                .tag("outcome", "passed")
                .register(meters);
        failed = Counter.builder("passeport.quiz.submissions")
                .tag("outcome", "failed")
                .register(meters);
    }

    @EventListener
    void onGraded(QuizGraded graded) {
        (graded.passed() ? passed : failed).increment();
    }
}
