package com.rotationrisk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.base.chart.PriceChart;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChartImageTest {

    private static final LocalDate[] DAYS = {LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)};

    private final ChartImage image = new ChartImage(new PriceChart("XYZ close").line("Close", DAYS,
            new double[] {10, 11}).build(), 640, 300);

    @Test
    void theChartIsANamedFigureWhosePictureHasATextAlternative() {
        assertThat(image.getElement().getAttribute("role")).isEqualTo("figure");
        assertThat(image.getElement().getAttribute("aria-label")).isEqualTo("XYZ close");
        Element picture = image.getElement().getChild(0);
        assertThat(picture.getAttribute("role")).isEqualTo("img");
        assertThat(picture.getAttribute("aria-label")).isEqualTo("XYZ close. 2 days from 2026-03-02 to 2026-03-03."
                + " Close: first 10, last 11, lowest 10 (2026-03-02), highest 11 (2026-03-03).");
    }

    @Test
    void theDataTableIsBuiltWhenAskedForWithHeaderCellsForColumnsAndRows() {
        Details details = (Details) image.getChildren().filter(Details.class::isInstance).findFirst().orElseThrow();
        assertThat(details.getContent()).isEmpty();

        details.setOpened(true);

        Element region = details.getContent().findFirst().orElseThrow().getElement();
        assertThat(region.getAttribute("tabindex")).isEqualTo("0");
        Element table = region.getChild(0);
        assertThat(table.getChild(0).getTag()).isEqualTo("caption");
        Element head = table.getChild(1).getChild(0);
        assertThat(head.getChild(0).getAttribute("scope")).isEqualTo("col");
        assertThat(head.getChild(1).getText()).isEqualTo("Close");
        Element firstRow = table.getChild(2).getChild(0);
        assertThat(firstRow.getChild(0).getTag()).isEqualTo("th");
        assertThat(firstRow.getChild(0).getText()).isEqualTo("2026-03-02");
        assertThat(firstRow.getChild(1).getText()).isEqualTo("10");
    }
}
