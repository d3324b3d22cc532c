package fr.passeportnumerique.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a module attestation states: who completed which module, when, with what score, having learnt what. */
record ModuleAttestation(
        String learnerName,
        Optional<String> companyName,
        int moduleNumber,
        String moduleTitle,
        int lessonCount,
        Optional<Integer> bestScore,
        Instant completedAt,
        List<String> objectives) {}
