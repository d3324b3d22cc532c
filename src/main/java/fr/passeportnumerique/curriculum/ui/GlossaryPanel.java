package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.curriculum.GlossaryTerm;
import java.util.List;

/** The words of a module and what they mean, folded under a summary the person can open. */
class GlossaryPanel extends Composite<Section> {

    GlossaryPanel(List<GlossaryTerm> terms) {
        DescriptionList list = new DescriptionList();
        for (GlossaryTerm term : terms) {
            list.add(new DescriptionList.Term(term.term()), new DescriptionList.Description(term.definition()));
        }
        NativeDetails details =
                new NativeDetails(new Span(getTranslation("module.glossary.summary", terms.size())), list);
        details.addClassName("pn-glossary-details");
        getContent().addClassName("pn-glossary");
        getContent().setId("glossaire");
        getContent().add(new H2(getTranslation("module.glossary.title")), details);
    }
}
