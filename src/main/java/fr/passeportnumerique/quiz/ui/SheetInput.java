package fr.passeportnumerique.quiz.ui;

import fr.passeportnumerique.base.ui.HtmlFragment;
import fr.passeportnumerique.quiz.Answer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * A question's input written as the browser's own form controls (radio buttons, check boxes, a text field) inside
 * the answer sheet: the browser keeps what the learner chooses, and the values reach the server with the page's next
 * report or with « Valider mes réponses » ({@link AnswerSheet}), not a round-trip per click. One element on the
 * server, whatever the number of choices.
 *
 * @param html what the page shows
 * @param shown the answer the inputs hold as first shown (the saved one, or none)
 * @param reader the answer the inputs hold once the learner has acted, from the sheet's values
 */
record SheetInput(HtmlFragment html, Answer shown, Function<FormValues, Answer> reader) {

    /** One labelled choice: its value in the form (the choice's position in the file) and the words shown. */
    /** A choice; {@code language} when its text is not in the interface's language (the curriculum's French). */
    record Option(String value, String text, String language) {

        Option(String value, String text) {
            this(value, text, null);
        }
    }

    /** Radio buttons: one choice at most. */
    static SheetInput oneOf(String name, String legend, List<Option> options, Answer saved) {
        Function<FormValues, Answer> reader = values -> new Answer.Chosen(offered(values.all(name), options).stream()
                .limit(1)
                .map(Integer::valueOf)
                .collect(Collectors.toSet()));
        Set<String> checked = saved instanceof Answer.Chosen(Set<Integer> chosen) && chosen.size() == 1
                ? Set.of(chosen.iterator().next().toString())
                : Set.of();
        return choices(name, legend, "radio", options, checked, reader);
    }

    /** Check boxes: any number of choices. */
    static SheetInput anyOf(String name, String legend, List<Option> options, Answer saved) {
        Function<FormValues, Answer> reader = values -> new Answer.Chosen(offered(values.all(name), options).stream()
                .map(Integer::valueOf)
                .collect(Collectors.toSet()));
        Set<String> checked = saved instanceof Answer.Chosen(Set<Integer> chosen)
                ? chosen.stream().map(String::valueOf).collect(Collectors.toSet())
                : Set.of();
        return choices(name, legend, "checkbox", options, checked, reader);
    }

    /** « Vrai » or « Faux ». */
    static SheetInput trueOrFalse(String name, String legend, Option yes, Option no, Answer saved) {
        Function<FormValues, Answer> reader =
                values -> new Answer.TrueOrFalse(offered(values.all(name), List.of(yes, no)).stream()
                        .findFirst()
                        .map(Boolean::valueOf)
                        .orElse(null));
        Set<String> checked = saved instanceof Answer.TrueOrFalse(Boolean value) && value != null
                ? Set.of(value.toString())
                : Set.of();
        return choices(name, legend, "radio", List.of(yes, no), checked, reader);
    }

    /** A word or a few typed in. */
    static SheetInput typed(String name, String label, Answer saved) {
        Function<FormValues, Answer> reader =
                values -> new Answer.Typed(values.first(name).orElse(""));
        String typed = saved instanceof Answer.Typed(String text) && text != null ? text : "";
        String id = "pn-" + name;
        Element field = new Element("div").addClass("pn-typed-answer");
        field.appendElement("label").attr("for", id).text(label);
        field.appendElement("input")
                .attr("type", "text")
                .attr("id", id)
                .attr("name", name)
                .attr("maxlength", String.valueOf(Answer.Typed.MAX_LENGTH))
                .attr("autocomplete", "off")
                .attr("value", typed);
        return of(field, Map.of(name, List.of(typed)), reader);
    }

    private static SheetInput choices(
            String name,
            String legend,
            String type,
            List<Option> options,
            Set<String> checked,
            Function<FormValues, Answer> reader) {
        Element group = new Element("fieldset").addClass("pn-choices");
        group.appendElement("legend").text(legend);
        for (Option option : options) {
            Element input = group.appendElement("label")
                    .addClass("pn-choice")
                    .appendElement("input")
                    .attr("type", type)
                    .attr("name", name)
                    .attr("value", option.value());
            if (checked.contains(option.value())) {
                input.attr("checked", true);
            }
            Element text = input.parent().appendElement("span").text(option.text());
            if (option.language() != null) {
                text.attr("lang", option.language());
            }
        }
        List<String> shownValues =
                options.stream().map(Option::value).filter(checked::contains).toList();
        return of(group, Map.of(name, shownValues), reader);
    }

    private static SheetInput of(Element root, Map<String, List<String>> shown, Function<FormValues, Answer> reader) {
        return new SheetInput(HtmlFragment.of(root), reader.apply(new FormValues(shown)), reader);
    }

    /** The values sent that are values of the options shown: the rest could not have come from the page. */
    private static List<String> offered(List<String> sent, List<Option> options) {
        Set<String> shown = options.stream().map(Option::value).collect(Collectors.toSet());
        return sent.stream().filter(shown::contains).toList();
    }
}
