package org.vinculo.sales.ui.internal.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.vinculo.core.model.Party;
import org.vinculo.sales.DocumentService;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.ui.internal.Columns;
import org.vinculo.sales.ui.internal.DocumentRow;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.Open;
import org.vinculo.sales.ui.internal.RecordsView;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesLabels;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.parts.Parties;
import org.vinculo.ui.parts.TermLabels;

/** Quotes, orders or invoices, newest first, with their customer and total; opens them, starts a new quote. */
public final class DocumentsView extends RecordsView {

	public static final String ID = SalesIds.DOCUMENTS_VIEW;

	private static final DocumentType[] TYPES = DocumentType.values();

	private Combo type;

	@Override
	public void createPartControl(Composite parent) {
		terms.listen(getSite().getService(IEventBroker.class));
		terms.bind(() -> setPartName(TermLabels.format(Messages.Documents_title)));
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).spacing(8, 6).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.Documents_show);
		type = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), SalesIds.DOCUMENTS_TYPE);
		for (DocumentType each : TYPES) {
			type.add(SalesLabels.type(each));
		}
		type.select(0);
		type.addListener(SWT.Selection, e -> load());
		createStatus(parent);

		createTable(parent, SWT.SINGLE, SalesIds.DOCUMENTS_TABLE, 3);
		Columns<DocumentRow> columns = new Columns<>(viewer, DocumentRow.class);
		columns.add(Messages.Column_number, 130, SWT.LEFT, r -> r.document().number(),
				r -> r.document().number() == null ? "" : r.document().number()); //$NON-NLS-1$
		columns.add(Messages.Column_customer, 220, SWT.LEFT, DocumentRow::partyName,
				r -> r.partyName() == null ? "" : r.partyName().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
		columns.add(Messages.Column_issued, 110, SWT.LEFT, r -> formats.date(r.document().issuedOn()),
				r -> r.document().issuedOn() == null ? LocalDate.MIN : r.document().issuedOn());
		columns.add(Messages.Column_due, 110, SWT.LEFT, r -> formats.date(r.document().dueOn()),
				r -> r.document().dueOn() == null ? LocalDate.MIN : r.document().dueOn());
		columns.add(Messages.Column_total, 130, SWT.RIGHT,
				r -> r.totals() == null ? "" : formats.money(r.totals().total(), r.document().currency()), //$NON-NLS-1$
				r -> r.totals() == null ? BigDecimal.ZERO : r.totals().total());
		viewer.addOpenListener(e -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof DocumentRow row) {
				Open.document(getSite().getPage(), row.document());
			}
		});

		Action newQuote = new Action(Messages.Documents_newQuote) {
			@Override
			public void run() {
				newQuote();
			}
		};
		newQuote.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		getViewSite().getActionBars().getToolBarManager().add(newQuote);

		follow(DocumentService.TOPIC);
		load();
	}

	private void newQuote() {
		Parties.pick(getSite().getShell(), null, Messages.Document_pickParty).ifPresent((Party party) -> {
			LocalDate today = LocalDate.now();
			SalesDocument draft = new SalesDocument(null, DocumentType.QUOTE, null, party.getId(), null, null,
					Formats.DEFAULT_CURRENCY, today, today.plusDays(30), List.of(), null, 0);
			Open.document(getSite().getPage(), draft);
		});
	}

	/** Reads the documents of the chosen type again. */
	@Override
	public void load() {
		if (!isShowing()) {
			return;
		}
		DocumentType chosen = TYPES[Math.max(0, type.getSelectionIndex())];
		loadLatest(Messages.Documents_loadJob, () -> read(chosen), rows -> {
			viewer.setInput(rows);
			status.setText(Messages.format(Messages.Documents_count, rows.size()));
			status.getParent().layout();
		});
	}

	private static List<DocumentRow> read(DocumentType type) {
		DocumentService documents = SalesServices.documents();
		Map<Long, String> names = new HashMap<>();
		List<DocumentRow> rows = new ArrayList<>();
		for (SalesDocument document : documents.documents(type, null)) {
			String name = names.computeIfAbsent(document.partyId(), id -> SalesServices.parties().find(id)
					.map(Party::getDisplayName).orElse("#" + id)); //$NON-NLS-1$
			rows.add(new DocumentRow(document, documents.totals(document), name));
		}
		rows.sort((a, b) -> {
			LocalDate left = a.document().issuedOn();
			LocalDate right = b.document().issuedOn();
			return left == null || right == null ? 0 : right.compareTo(left);
		});
		return rows;
	}
}
