package org.vinculo.ui.internal.editors;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.ContactPoint.Label;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PostalAddress;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.editors.ListBinding.Adder;
import org.vinculo.ui.internal.editors.ListBinding.Column;
import org.vinculo.ui.internal.editors.ListBinding.Rows;

/** The editor's lists of emails and phones, and of postal addresses, shared by persons and organizations. */
final class ContactBindings {

	private static final String TAB = "\t"; //$NON-NLS-1$

	private ContactBindings() {
	}

	static <T extends Party> List<FieldBinding<T>> create(FormToolkit toolkit, Composite parent, Runnable changed) {
		String[] labels = { Labels.contactLabel(Label.WORK), Labels.contactLabel(Label.HOME),
				Labels.contactLabel(Label.MOBILE), Labels.contactLabel(Label.OTHER) };
		toolkit.createLabel(parent, Messages.Editor_contactPoints);
		toolkit.createLabel(parent, ""); //$NON-NLS-1$
		ListBinding<T, ContactPoint> contacts = new ListBinding<>(toolkit, parent, WidgetIds.PARTY_CONTACTS,
				Messages.Editor_contactPoints,
				List.of(new Column<>(Messages.Editor_columnChannel, 80, c -> Labels.channel(c.getChannel()), null, null),
						new Column<>(Messages.Editor_columnType, 90, c -> Labels.contactLabel(c.getLabel()),
								(c, v) -> c.setLabel(Labels.contactLabel(v)), labels),
						new Column<>(Messages.Editor_columnValue, 260, ContactPoint::getValue,
								ContactPoint::setValue, null)),
				new Rows<>(p -> p.getContactPoints().stream()
						.map(c -> new ContactPoint(c.getChannel(), c.getLabel(), c.getValue())).toList(),
						Party::setContactPoints,
						c -> c.getChannel() + TAB + c.getLabel() + TAB + clean(c.getValue()),
						line -> {
							String[] f = line.split(TAB, -1);
							return new ContactPoint(Channel.valueOf(f[0]), Label.valueOf(f[1]), f[2]);
						},
						c -> Labels.channel(c.getChannel()) + " (" + Labels.contactLabel(c.getLabel()) + "): " //$NON-NLS-1$ //$NON-NLS-2$
								+ Labels.nullToEmpty(c.getValue())),
				List.of(new Adder<>(Messages.Editor_addEmail, WidgetIds.CONTACTS_ADD_EMAIL,
						() -> new ContactPoint(Channel.EMAIL, Label.WORK, null)),
						new Adder<>(Messages.Editor_addPhone, WidgetIds.CONTACTS_ADD_PHONE,
								() -> new ContactPoint(Channel.PHONE, Label.MOBILE, null))),
				changed);

		toolkit.createLabel(parent, Messages.Editor_addresses);
		toolkit.createLabel(parent, ""); //$NON-NLS-1$
		ListBinding<T, PostalAddress> addresses = new ListBinding<>(toolkit, parent, WidgetIds.PARTY_ADDRESSES,
				Messages.Editor_addresses,
				List.of(new Column<>(Messages.Editor_columnType, 90, a -> Labels.contactLabel(a.getLabel()),
						(a, v) -> a.setLabel(Labels.contactLabel(v)), labels),
						new Column<>(Messages.Editor_columnStreet, 200, PostalAddress::getStreet,
								PostalAddress::setStreet, null),
						new Column<>(Messages.Editor_columnPostalCode, 100, PostalAddress::getPostalCode,
								PostalAddress::setPostalCode, null),
						new Column<>(Messages.Editor_columnCity, 120, PostalAddress::getCity, PostalAddress::setCity,
								null),
						new Column<>(Messages.Editor_columnRegion, 100, PostalAddress::getRegion,
								PostalAddress::setRegion, null),
						new Column<>(Messages.Editor_columnCountry, 100, PostalAddress::getCountry,
								PostalAddress::setCountry, null)),
				new Rows<>(p -> p.getAddresses().stream().map(ContactBindings::copy).toList(), Party::setAddresses,
						a -> String.join(TAB, a.getLabel().name(), clean(a.getStreet()), clean(a.getPostalCode()),
								clean(a.getCity()), clean(a.getRegion()), clean(a.getCountry())),
						line -> {
							String[] f = line.split(TAB, -1);
							return new PostalAddress(Label.valueOf(f[0]), f[1], f[2], f[3], f[4], f[5]);
						},
						a -> Labels.contactLabel(a.getLabel()) + ": " + a.oneLine()), //$NON-NLS-1$
				List.of(new Adder<>(Messages.Editor_addAddress, WidgetIds.ADDRESSES_ADD,
						() -> new PostalAddress(Label.WORK, null, null, null, null, null))),
				changed);
		return List.of(contacts, addresses);
	}

	private static PostalAddress copy(PostalAddress a) {
		return new PostalAddress(a.getLabel(), a.getStreet(), a.getPostalCode(), a.getCity(), a.getRegion(),
				a.getCountry());
	}

	/** Values go into tab-separated lines; a stray tab or line break must not split them. */
	private static String clean(String value) {
		return value == null ? "" : value.replace('\t', ' ').replace('\n', ' '); //$NON-NLS-1$
	}
}
