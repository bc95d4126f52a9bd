package org.vinculo.sales.ui.internal.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.Product;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.Totals;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.Failures;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.SalesLabels;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.sales.ui.internal.pdf.QuotePdf;

/** "Save as PDF…": asks where, then writes the stored document there in the background. */
final class PdfExport {

	private PdfExport() {
	}

	/** The words of the PDF in the user's language; the title names the kind of document. */
	static QuotePdf.Labels labels(DocumentType type) {
		return new QuotePdf.Labels(SalesLabels.type(type), Messages.Pdf_number, Messages.Pdf_issued,
				type == DocumentType.QUOTE ? Messages.Pdf_validUntil : Messages.Pdf_due, Messages.Pdf_customer,
				Messages.Pdf_product, Messages.Pdf_description, Messages.Pdf_quantity, Messages.Pdf_unitPrice,
				Messages.Pdf_discount, Messages.Pdf_tax, Messages.Pdf_gross, Messages.Pdf_discountTotal,
				Messages.Pdf_net, Messages.Pdf_taxTotal, Messages.Pdf_total, Messages.Pdf_notes, "Vinculo"); //$NON-NLS-1$
	}

	static void run(Control owner, SalesDocument document, String partyName) {
		FileDialog dialog = new FileDialog(owner.getShell(), SWT.SAVE);
		dialog.setText(Messages.Pdf_dialogTitle);
		dialog.setFilterExtensions(new String[] { "*.pdf" }); //$NON-NLS-1$
		String number = document.number() == null ? "document" : document.number(); //$NON-NLS-1$
		dialog.setFileName(number.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen);
		QuotePdf.Labels labels = labels(document.type());
		Background.write(Messages.format(Messages.Pdf_job, number), owner, () -> {
			var documents = SalesServices.documents();
			Totals totals = documents.totals(document);
			Map<Long, String> names = new HashMap<>();
			for (Product product : documents.products(true)) {
				names.put(product.id(), product.name());
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				new QuotePdf(labels, Formats.user()).write(document, totals, partyName, names, out);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return target;
		}, written -> MessageDialog.openInformation(owner.getShell(), Messages.Pdf_dialogTitle,
				Messages.format(Messages.Pdf_written, written.toString())),
				e -> Failures.show(owner.getShell(), Messages.Pdf_dialogTitle, e));
	}
}
