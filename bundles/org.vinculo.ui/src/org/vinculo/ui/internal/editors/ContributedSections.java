package org.vinculo.ui.internal.editors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Contributions;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.parts.PartySection;
import org.vinculo.ui.parts.PartySectionSite;

/**
 * The sections plug-ins contribute to a party editor through
 * {@value #EXTENSION_POINT}, each in its own forms section. Every call into a
 * contribution is guarded: one that cannot be created or throws shows a short
 * note in its place, is logged with its bundle's name, and the editor and the
 * other sections carry on.
 */
final class ContributedSections {

	static final String EXTENSION_POINT = "org.vinculo.ui.partySections"; //$NON-NLS-1$
	static final int DEFAULT_ORDER = 1000;

	/** A declared section, as read from the registry. */
	record Declaration(String id, String title, String bundle, int order, IConfigurationElement element) {
	}

	/** A section that was created, with the composite its note goes into should it fail later. */
	private record Live(Declaration declaration, PartySection section, Composite client) {
	}

	private final List<Live> live = new ArrayList<>();

	/** The sections declared for {@code kind}, in their order. */
	static List<Declaration> declaredFor(PartyKind kind) {
		List<Declaration> result = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String bundle = element.getContributor().getName();
			if (!"section".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String kinds = element.getAttribute("kinds"); //$NON-NLS-1$
			if (kinds != null && !kinds.isBlank()
					&& !List.of(kinds.toLowerCase(Locale.ROOT).split("[\\s,]+")).contains(kindName(kind))) { //$NON-NLS-1$
				continue;
			}
			int order = DEFAULT_ORDER;
			try {
				String declared = element.getAttribute("order"); //$NON-NLS-1$
				order = declared == null ? DEFAULT_ORDER : Integer.parseInt(declared.strip());
			} catch (NumberFormatException e) {
				Contributions.log(bundle, "Section " + id + ": order is not a number", e); //$NON-NLS-1$ //$NON-NLS-2$
			}
			String title = element.getAttribute("title"); //$NON-NLS-1$
			result.add(new Declaration(id == null ? bundle : id, title == null ? "" : title, bundle, order, element)); //$NON-NLS-1$
		}
		result.sort(Comparator.comparingInt(Declaration::order).thenComparing(Declaration::id));
		return result;
	}

	private static String kindName(PartyKind kind) {
		return kind == PartyKind.PERSON ? "person" : "organization"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Creates the contributed sections at the end of {@code body}. */
	void create(Composite body, FormToolkit toolkit, ScrolledForm form, Terms terms, IWorkbenchPartSite workbenchSite,
			long partyId, PartyKind kind) {
		PartySectionSite site = new PartySectionSite() {
			@Override
			public long partyId() {
				return partyId;
			}

			@Override
			public PartyKind partyKind() {
				return kind;
			}

			@Override
			public IWorkbenchPartSite workbenchSite() {
				return workbenchSite;
			}

			@Override
			public FormToolkit toolkit() {
				return toolkit;
			}

			@Override
			public void reflow() {
				if (!form.isDisposed()) {
					reflowSections(form);
				}
			}
		};
		for (Declaration declaration : declaredFor(kind)) {
			Section section = toolkit.createSection(body,
					ExpandableComposite.SHORT_TITLE_BAR | ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED);
			WidgetIds.tag(section, WidgetIds.PARTY_SECTION_PREFIX + declaration.id());
			terms.bind(() -> section.setText(Terms.format(declaration.title())));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
			section.addExpansionListener(new ExpansionAdapter() {
				@Override
				public void expansionStateChanged(ExpansionEvent e) {
					form.reflow(true);
				}
			});
			Composite client = toolkit.createComposite(section);
			GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(client);
			section.setClient(client);
			PartySection[] created = new PartySection[1];
			boolean ok = Contributions.run(declaration.bundle(), declaration.id(), "creating its editor section", () -> { //$NON-NLS-1$
				created[0] = (PartySection) declaration.element().createExecutableExtension("class"); //$NON-NLS-1$
				Composite content = toolkit.createComposite(client);
				GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
				created[0].createContent(content, site);
			});
			if (ok) {
				live.add(new Live(declaration, created[0], client));
			} else {
				showFailure(toolkit, client, declaration);
			}
			toolkit.paintBordersFor(client);
		}
	}

	/**
	 * After a section's content changed: the sections are laid out again, and the whole form only
	 * when one of them needs another height (laying the whole form out costs far more).
	 */
	private void reflowSections(ScrolledForm form) {
		for (Live section : live) {
			Control box = section.client().getParent();
			Point size = box.getSize();
			if (box.computeSize(size.x, SWT.DEFAULT, true).y != size.y) {
				form.reflow(true);
				return;
			}
		}
		for (Live section : live) {
			section.client().getParent().layout(true, true);
		}
	}

	private static void showFailure(FormToolkit toolkit, Composite client, Declaration declaration) {
		for (var child : client.getChildren()) {
			child.dispose();
		}
		Label note = toolkit.createLabel(client, NLS.bind(Messages.Editor_sectionFailed, declaration.bundle()), SWT.WRAP);
		WidgetIds.tag(note, WidgetIds.PARTY_SECTION_FAILED_PREFIX + declaration.id());
		note.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(note);
		client.layout(true, true);
	}

	/** Tells every section the record was loaded or saved; a section that throws is replaced by the note. */
	void partyChanged(Party party, FormToolkit toolkit) {
		for (Live section : List.copyOf(live)) {
			boolean ok = Contributions.run(section.declaration().bundle(), section.declaration().id(),
					"showing a loaded record", () -> section.section().partyChanged(party)); //$NON-NLS-1$
			if (!ok) {
				live.remove(section);
				Contributions.run(section.declaration().bundle(), section.declaration().id(), "disposing", //$NON-NLS-1$
						section.section()::dispose);
				showFailure(toolkit, section.client(), section.declaration());
			}
		}
	}

	void dispose() {
		for (Live section : live) {
			Contributions.run(section.declaration().bundle(), section.declaration().id(), "disposing", //$NON-NLS-1$
					section.section()::dispose);
		}
		live.clear();
	}
}
