package fr.passeportnumerique.curriculum;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences of the curriculum that announce as coming a date already past ("à partir du 1er septembre 2026", "avant
 * le…", "d'ici le…"): what a reviewer must rewrite once the date has come. A date told as past ("depuis le 25 mai
 * 2018", "la loi du 30 juin 2025") is not one of them.
 */
public final class StaleDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1),
            Map.entry("février", 2),
            Map.entry("fevrier", 2),
            Map.entry("mars", 3),
            Map.entry("avril", 4),
            Map.entry("mai", 5),
            Map.entry("juin", 6),
            Map.entry("juillet", 7),
            Map.entry("août", 8),
            Map.entry("aout", 8),
            Map.entry("septembre", 9),
            Map.entry("octobre", 10),
            Map.entry("novembre", 11),
            Map.entry("décembre", 12),
            Map.entry("decembre", 12));
    private static final Pattern DATE = Pattern.compile(
            "\\b(1er|[0-9]{1,2})\\s+(" + String.join("|", MONTHS.keySet()) + ")\\s+([0-9]{4})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What announces a date as coming, right before it ("à partir du **1er septembre 2026**"). */
    private static final Pattern ANNOUNCED = Pattern.compile(
            "(à partir d[ue]|à compter d[ue]|d['’]ici (le|au)|avant le|au plus tard( le)?|dès le"
                    + "|entrer(a|ont) en vigueur le|sera|seront)[\\s*]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final int ANNOUNCEMENT_REACH = 40;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    private StaleDates() {}

    /** A date announced as coming that is past: the file, its line, the date and its sentence. */
    public record StaleDate(String file, int line, LocalDate date, String sentence) {}

    public static List<StaleDate> in(CurriculumFiles curriculum, LocalDate today) {
        List<StaleDate> found = new ArrayList<>();
        for (ModuleFiles module : curriculum.modules()) {
            for (String path : module.files().keySet()) {
                if (path.endsWith(".md") || path.endsWith(".yaml")) {
                    module.text(path).ifPresent(text -> found.addAll(in(module.folder() + "/" + path, text, today)));
                }
            }
        }
        return found;
    }

    static List<StaleDate> in(String file, String text, LocalDate today) {
        List<StaleDate> found = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int number = 0; number < lines.size(); number++) {
            String line = lines.get(number);
            Matcher date = DATE.matcher(line);
            while (date.find()) {
                LocalDate when = dateOf(date);
                String sentence = sentenceAround(line, date.start(), date.end());
                String before = line.substring(Math.max(0, date.start() - ANNOUNCEMENT_REACH), date.start());
                if (when != null
                        && when.isBefore(today)
                        && ANNOUNCED.matcher(before).find()) {
                    found.add(new StaleDate(file, number + 1, when, sentence));
                }
            }
        }
        return found;
    }

    private static LocalDate dateOf(Matcher date) {
        int day = date.group(1).equalsIgnoreCase("1er") ? 1 : Integer.parseInt(date.group(1));
        int month = MONTHS.get(date.group(2).toLowerCase(Locale.ROOT));
        int year = Integer.parseInt(date.group(3));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static String sentenceAround(String line, int start, int end) {
        int from = 0;
        Matcher ends = SENTENCE_END.matcher(line);
        int to = line.length();
        while (ends.find()) {
            if (ends.end() <= start) {
                from = ends.end();
            } else if (ends.start() >= end) {
                to = ends.start() + 1;
                break;
            }
        }
        return line.substring(from, to).strip();
    }
}
