package org.vinculo.sales.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculo.sales.DocumentLine;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.Totals;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.pdf.QuotePdf;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The quote PDF carries its number, customer, lines and the service's totals. */
class QuotePdfTest {

	private static final QuotePdf.Labels LABELS = new QuotePdf.Labels("Quote", "Number", "Date", "Valid until",
			"Customer", "Product", "Description", "Qty", "Unit price", "Disc.", "Tax", "Subtotal", "Discount", "Net",
			"Tax", "Total", "Notes", "Vinculo tests");

	@Test
	void aQuoteIsWrittenAsAOnePagePdfWithItsNumberAndTotals() throws IOException {
		LocalDate issued = LocalDate.of(2026, 3, 2);
		SalesDocument quote = new SalesDocument(42L, DocumentType.QUOTE, "Q-2026-0042", 7L, null, null, "EUR",
				issued, issued.plusDays(30),
				List.of(new DocumentLine(5L, "CRM Licence, annual", new BigDecimal("2"), new BigDecimal("500.00"),
						new BigDecimal("10"), new BigDecimal("21")),
						new DocumentLine(null, "Onboarding workshop", BigDecimal.ONE, new BigDecimal("300.00"),
								BigDecimal.ZERO, new BigDecimal("21"))),
				"Valid for thirty days.", 1);
		Totals totals = new Totals(new BigDecimal("1300.00"), new BigDecimal("100.00"), new BigDecimal("1200.00"),
				new BigDecimal("252.00"), new BigDecimal("1452.00"));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new QuotePdf(LABELS, new Formats(Locale.ENGLISH)).write(quote, totals, "Suministros Ibéricos SA",
				Map.of(5L, "CRM Licence"), out);
		byte[] pdf = out.toByteArray();

		assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF file");
		assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("Q-2026-0042"), "the number in the file");
		PdfReader reader = new PdfReader(pdf);
		try {
			assertEquals(1, reader.getNumberOfPages());
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertTrue(text.contains("Q-2026-0042"), text);
			assertTrue(text.contains("Suministros"), text);
			assertTrue(text.contains("CRM Licence"), text);
			assertTrue(text.contains("Onboarding workshop"), text);
			assertTrue(text.contains("1,452.00"), "the service's total: " + text);
		} finally {
			reader.close();
		}
	}
}
