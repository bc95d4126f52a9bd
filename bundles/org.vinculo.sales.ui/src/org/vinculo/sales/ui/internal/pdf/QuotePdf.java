package org.vinculo.sales.ui.internal.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.vinculo.sales.DocumentLine;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.Totals;
import org.vinculo.sales.ui.internal.Formats;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes a quote (or order, or invoice) as a one-document PDF: heading with
 * number and dates, the customer, the lines, and the totals exactly as the
 * document service computed them, so the paper and the screen never disagree.
 * No SWT and no service lookups: everything it prints is passed in.
 */
public final class QuotePdf {

	/** The words the PDF prints, in the user's language. */
	public record Labels(String title, String number, String issued, String due, String customer, String product,
			String description, String quantity, String unitPrice, String discount, String tax, String gross,
			String discountTotal, String net, String taxTotal, String total, String notes, String creator) {
	}

	private static final Color HEADER_BACKGROUND = new Color(0xe8, 0xec, 0xf1);
	private static final Color RULE = new Color(0xb0, 0xb7, 0xc0);
	private static final float MARGIN = 48;

	private final Labels labels;
	private final Formats formats;
	private final Font titleFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
	private final Font boldFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
	private final Font normalFont = FontFactory.getFont(FontFactory.HELVETICA, 10);
	private final Font smallFont = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

	public QuotePdf(Labels labels, Formats formats) {
		this.labels = labels;
		this.formats = formats;
	}

	/**
	 * Writes {@code document} to {@code out}, which is closed when done.
	 *
	 * @param partyName    the customer's name as it should be printed
	 * @param productNames product names by id, for lines that name a product
	 * @throws IOException when the PDF cannot be written
	 */
	public void write(SalesDocument document, Totals totals, String partyName, Map<Long, String> productNames,
			OutputStream out) throws IOException {
		Document pdf = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
		try {
			PdfWriter.getInstance(pdf, out);
			String number = document.number() == null ? "" : document.number(); //$NON-NLS-1$
			pdf.addTitle((labels.title() + " " + number).strip()); //$NON-NLS-1$
			pdf.addSubject(partyName == null ? "" : partyName); //$NON-NLS-1$
			pdf.addCreator(labels.creator());
			pdf.open();

			pdf.add(heading(document, number, partyName));
			pdf.add(lines(document.lines(), productNames, document.currency()));
			pdf.add(totals(totals, document.currency()));
			if (document.notes() != null && !document.notes().isBlank()) {
				Paragraph notes = new Paragraph();
				notes.setSpacingBefore(18);
				notes.add(new Chunk(labels.notes() + "\n", boldFont)); //$NON-NLS-1$
				notes.add(new Chunk(document.notes(), normalFont));
				pdf.add(notes);
			}
			pdf.close();
		} catch (RuntimeException e) {
			// OpenPDF reports its failures unchecked (DocumentException, ExceptionConverter)
			throw new IOException(e.getMessage(), e);
		} finally {
			if (pdf.isOpen()) {
				try {
					pdf.close();
				} catch (RuntimeException e) {
					// already failing: the first failure is the one to report
				}
			}
		}
	}

	/** Title and number on the left, dates on the right, the customer below. */
	private PdfPTable heading(SalesDocument document, String number, String partyName) {
		PdfPTable table = new PdfPTable(new float[] { 3, 2 });
		table.setWidthPercentage(100);
		table.setSpacingAfter(18);

		PdfPCell title = cell(new Phrase(labels.title(), titleFont), Element.ALIGN_LEFT);
		title.setPaddingBottom(6);
		table.addCell(title);
		Phrase dates = new Phrase();
		dates.add(new Chunk(labels.number() + " ", boldFont)); //$NON-NLS-1$
		dates.add(new Chunk(number + "\n", normalFont)); //$NON-NLS-1$
		dates.add(new Chunk(labels.issued() + " ", boldFont)); //$NON-NLS-1$
		dates.add(new Chunk(formats.date(document.issuedOn()) + "\n", normalFont)); //$NON-NLS-1$
		if (document.dueOn() != null) {
			dates.add(new Chunk(labels.due() + " ", boldFont)); //$NON-NLS-1$
			dates.add(new Chunk(formats.date(document.dueOn()), normalFont));
		}
		table.addCell(cell(dates, Element.ALIGN_RIGHT));

		Phrase customer = new Phrase();
		customer.add(new Chunk(labels.customer() + "\n", smallFont)); //$NON-NLS-1$
		customer.add(new Chunk(partyName == null ? "" : partyName, boldFont)); //$NON-NLS-1$
		PdfPCell customerCell = cell(customer, Element.ALIGN_LEFT);
		customerCell.setColspan(2);
		customerCell.setPaddingTop(12);
		table.addCell(customerCell);
		return table;
	}

	private PdfPTable lines(List<DocumentLine> lines, Map<Long, String> productNames, String currency) {
		PdfPTable table = new PdfPTable(new float[] { 2.2f, 4, 1.2f, 1.8f, 1.2f, 1.1f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		String[] headers = { labels.product(), labels.description(), labels.quantity(), labels.unitPrice(),
				labels.discount(), labels.tax() };
		for (int i = 0; i < headers.length; i++) {
			PdfPCell header = cell(new Phrase(headers[i], boldFont), i >= 2 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
			header.setBackgroundColor(HEADER_BACKGROUND);
			header.setPadding(5);
			table.addCell(header);
		}
		for (DocumentLine line : lines) {
			String product = line.productId() == null ? "" : productNames.getOrDefault(line.productId(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			table.addCell(bodyCell(product, Element.ALIGN_LEFT));
			table.addCell(bodyCell(line.description(), Element.ALIGN_LEFT));
			table.addCell(bodyCell(formats.plain(line.quantity()), Element.ALIGN_RIGHT));
			table.addCell(bodyCell(formats.money(line.unitPrice(), currency), Element.ALIGN_RIGHT));
			table.addCell(bodyCell(percent(line.discountPercent()), Element.ALIGN_RIGHT));
			table.addCell(bodyCell(percent(line.taxRate()), Element.ALIGN_RIGHT));
		}
		return table;
	}

	private PdfPTable totals(Totals totals, String currency) {
		PdfPTable table = new PdfPTable(new float[] { 3, 1.6f });
		table.setWidthPercentage(45);
		table.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.setSpacingBefore(14);
		if (totals == null) {
			return table;
		}
		row(table, labels.gross(), totals.gross(), currency, false);
		if (totals.discount() != null && totals.discount().signum() != 0) {
			row(table, labels.discountTotal(), totals.discount().negate(), currency, false);
		}
		row(table, labels.net(), totals.net(), currency, false);
		row(table, labels.taxTotal(), totals.tax(), currency, false);
		row(table, labels.total(), totals.total(), currency, true);
		return table;
	}

	private void row(PdfPTable table, String label, BigDecimal amount, String currency, boolean total) {
		Font font = total ? boldFont : normalFont;
		PdfPCell name = cell(new Phrase(label, font), Element.ALIGN_LEFT);
		PdfPCell value = cell(new Phrase(formats.money(amount, currency), font), Element.ALIGN_RIGHT);
		if (total) {
			for (PdfPCell each : new PdfPCell[] { name, value }) {
				each.setBorder(Rectangle.TOP);
				each.setBorderColor(RULE);
				each.setPaddingTop(5);
			}
		}
		table.addCell(name);
		table.addCell(value);
	}

	private String percent(BigDecimal value) {
		return value == null || value.signum() == 0 ? "" : formats.plain(value) + " %"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private PdfPCell bodyCell(String text, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, normalFont)); //$NON-NLS-1$
		cell.setHorizontalAlignment(alignment);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(RULE);
		cell.setPadding(5);
		return cell;
	}

	private static PdfPCell cell(Phrase phrase, int alignment) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setHorizontalAlignment(alignment);
		cell.setBorder(Rectangle.NO_BORDER);
		return cell;
	}
}
