package com.rotationrisk.marketdata.ui;

import com.rotationrisk.marketdata.importing.ColumnMapping;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;

/** Step 2 of a price import, only for unknown layouts: which column holds what. */
class ImportMappingStep extends VerticalLayout {

    private final ColumnMappingForm form = new ColumnMappingForm();

    ImportMappingStep(Consumer<ColumnMapping> onApply) {
        Button apply = new Button("Preview with this mapping", e -> {
            ColumnMapping mapping = form.mapping();
            if (mapping != null) {
                onApply.accept(mapping);
            }
        });
        apply.setId("apply-mapping");
        add(new H3("Map the columns"), new Paragraph(
                "This layout is not one we recognise. Tell us which column holds what."), form, apply);
        setPadding(false);
        setVisible(false);
    }

    void show(List<String> headers, ColumnMapping suggested) {
        form.show(headers, suggested);
        setVisible(true);
    }
}
