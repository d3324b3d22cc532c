package fr.passeportnumerique.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passeportnumerique.base.i18n.Euros;
import fr.passeportnumerique.base.i18n.Sentences;
import fr.passeportnumerique.curriculum.ModuleNames;
import fr.passeportnumerique.directory.DirectoryLinks;
import fr.passeportnumerique.directory.PackDetails;
import fr.passeportnumerique.directory.PackItem;
import fr.passeportnumerique.directory.PackListing;
import fr.passeportnumerique.financing.FinancingLinks;
import fr.passeportnumerique.financing.FinancingPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A pack offer: what it contains by kind, for whom, its prices excluding and including VAT, and its financing. */
class PackCard extends Composite<Article> {

    PackCard(PackListing pack, ModuleNames modules, boolean showExpert) {
        PackDetails details = pack.details();
        getContent().addClassNames("pn-card", "pn-pack");
        getContent().setId("offre-" + pack.id());
        getContent().add(new H3(details.title()));
        if (showExpert) {
            Paragraph by = new Paragraph(getTranslation("pack.by") + " ");
            by.add(new Anchor(DirectoryLinks.expert(pack.expertId()), pack.expertName()));
            by.addClassName("pn-pack-by");
            getContent().add(by);
        }
        Paragraph description = new Paragraph(details.description());
        description.addClassName("pn-pack-description");
        getContent().add(description, contents(details), facts(details, modules), simulate(details));
    }

    private Div contents(PackDetails details) {
        Div contents = new Div();
        contents.addClassName("pn-pack-contents");
        for (PackItem.Kind kind : PackItem.Kind.values()) {
            List<PackItem> items =
                    details.items().stream().filter(item -> item.kind() == kind).toList();
            if (!items.isEmpty()) {
                UnorderedList list = new UnorderedList();
                items.forEach(item -> list.add(new ListItem(item.label())));
                contents.add(new H4(getTranslation(kind.translationKey())), list);
            }
        }
        return contents;
    }

    private UnorderedList facts(PackDetails details, ModuleNames modules) {
        Locale locale = getLocale();
        List<String> facts = new ArrayList<>();
        facts.add(
                details.minEmployees() <= 1
                        ? getTranslation("pack.size.up-to", details.maxEmployees())
                        : getTranslation("pack.size.range", details.minEmployees(), details.maxEmployees()));
        List<String> prices = new ArrayList<>();
        details.oneOffPriceExclVat()
                .ifPresent(price -> prices.add(getTranslation(
                        "pack.price.one-off",
                        Euros.format(price, locale),
                        Euros.format(details.oneOffPriceInclVat().orElseThrow(), locale))));
        details.monthlyPriceExclVat()
                .ifPresent(price -> prices.add(getTranslation(
                        "pack.price.monthly",
                        Euros.format(price, locale),
                        Euros.format(details.monthlyPriceInclVat().orElseThrow(), locale))));
        facts.add(String.join(" " + getTranslation("pack.price.or") + " ", prices));
        facts.add(getTranslation("pack.covers", modules.sentence(details.modules(), getTranslation("list.and"))));
        if (!details.financing().isEmpty()) {
            facts.add(getTranslation(
                    "pack.financing",
                    Sentences.join(
                            details.financing().stream()
                                    .sorted()
                                    .map(path -> getTranslation(path.translationKey()))
                                    .toList(),
                            getTranslation("list.and"))));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("pn-pack-facts");
        facts.forEach(fact -> list.add(new ListItem(new Span(fact))));
        return list;
    }

    private Anchor simulate(PackDetails details) {
        Optional<FinancingPath> onlyPath = details.financing().size() == 1
                ? Optional.of(details.financing().iterator().next())
                : Optional.empty();
        String path = FinancingLinks.simulation(details.oneOffPriceExclVat(), onlyPath);
        Anchor link = new Anchor(path, getTranslation("pack.simulate"));
        link.addClassName("pn-pack-simulate");
        return link;
    }
}
