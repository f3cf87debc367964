package com.rotationrisk.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Table} as CSV or as an Excel workbook (Apache POI). CSV: UTF-8 with a byte-order mark (so
 * spreadsheets read it as UTF-8), RFC 4180 quoting, text cells made {@link SpreadsheetSafe} against formula injection,
 * numbers unformatted with a dot, dates ISO. XLSX: text as text cells (a text cell is never run as a formula, so it is
 * written as it is), numbers as numbers, dates as dates, the header row bold, frozen and filterable.
 */
public final class TableExport {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {
    }

    public static void csv(Table table, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(table.headers().stream().map(SpreadsheetSafe::cell).toList());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(TableExport::csvCell).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(Table table) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        csv(table, out);
        return out.toByteArray();
    }

    public static void xlsx(Table table, OutputStream out) {
        // streaming workbook: at most 100 rows in memory, the rest in a temporary file deleted on close
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row first = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                first.createCell(c).setCellValue(table.headers().get(c));
                first.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, table.headers().get(c).length() + 2)) * 256);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (!table.headers().isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, table.rows().size()), 0,
                        table.headers().size() - 1));
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx(Table table) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        xlsx(table, out);
        return out.toByteArray();
    }

    private static Object csvCell(Object v) {
        if (v instanceof String s) {
            return SpreadsheetSafe.cell(s);
        }
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return v == null ? "" : v.toString();
    }
}
