package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.passeportnumerique.authoring.ModuleNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A module's lessons in the workshop: each opens in the editor, is removed from here, or dragged to its place. */
class LessonGrid extends Composite<Div> {

    private final ModuleNode module;
    private ModuleNode.LessonNode dragged;

    /** {@code reorder} receives the lessons' paths in their new order; {@code remove} the lesson to remove. */
    LessonGrid(ModuleNode module, Consumer<List<String>> reorder, Consumer<ModuleNode.LessonNode> remove) {
        this.module = module;
        Grid<ModuleNode.LessonNode> grid = new Grid<>();
        grid.addColumn(lesson -> module.lessons().indexOf(lesson) + 1)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(lesson -> WorkshopLinks.lesson(
                        module.slug(), lesson.path().substring("lessons/".length()), lesson.title()))
                .setHeader(getTranslation("authoring.lesson-title"))
                .setFlexGrow(1);
        grid.addComponentColumn(lesson -> StatusBadge.of(this, lesson.status()))
                .setHeader(getTranslation("authoring.lesson-status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(lesson -> {
                    Button button = new Button(getTranslation("authoring.remove"), click -> remove.accept(lesson));
                    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    return button;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(module.lessons());
        grid.setAllRowsVisible(true);
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(start -> dragged = start.getDraggedItems().getFirst());
        grid.addDragEndListener(end -> dragged = null);
        grid.addDropListener(drop -> drop.getDropTargetItem()
                .filter(target -> dragged != null && !dragged.equals(target))
                .ifPresent(target -> reorder.accept(orderWithDraggedAt(target, drop.getDropLocation()))));
        grid.addClassName("pn-authoring-lessons-grid");
        Paragraph hint = new Paragraph(getTranslation("authoring.reorder-hint"));
        hint.addClassName("pn-hint");
        getContent().add(hint, grid);
    }

    private List<String> orderWithDraggedAt(ModuleNode.LessonNode target, GridDropLocation location) {
        List<ModuleNode.LessonNode> order = new ArrayList<>(module.lessons());
        order.remove(dragged);
        int at = order.indexOf(target) + (location == GridDropLocation.BELOW ? 1 : 0);
        order.add(at, dragged);
        return order.stream().map(ModuleNode.LessonNode::path).toList();
    }
}
