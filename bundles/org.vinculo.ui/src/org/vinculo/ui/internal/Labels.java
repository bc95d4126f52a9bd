package org.vinculo.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.PartyKind;

/** Shared wording and images for parties and affiliations. */
public final class Labels {

	private static final String BUNDLE = "org.vinculo.ui"; //$NON-NLS-1$
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

	private Labels() {
	}

	public static String kind(PartyKind kind) {
		return Terms.format(kind == PartyKind.PERSON ? Messages.Kind_person : Messages.Kind_organization);
	}

	public static Image image(PartyKind kind) {
		return image(kind == PartyKind.PERSON ? "icons/person16.png" : "icons/organization16.png"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** An image of this bundle, created once and kept in JFace's registry. */
	public static Image image(String path) {
		Image image = JFaceResources.getImageRegistry().get(BUNDLE + '/' + path);
		if (image == null) {
			ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle(BUNDLE, path)
					.orElse(ImageDescriptor.getMissingImageDescriptor());
			JFaceResources.getImageRegistry().put(BUNDLE + '/' + path, descriptor);
			image = JFaceResources.getImageRegistry().get(BUNDLE + '/' + path);
		}
		return image;
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date); //$NON-NLS-1$
	}

	public static String status(Affiliation affiliation) {
		LocalDate today = LocalDate.now();
		if (affiliation.isCurrentOn(today)) {
			return Messages.Editor_statusCurrent;
		}
		return affiliation.getUntil() != null && affiliation.getUntil().isBefore(today) ? Messages.Editor_statusPast
				: Messages.Editor_statusFuture;
	}

	public static String channel(ContactPoint.Channel channel) {
		return channel == ContactPoint.Channel.EMAIL ? Messages.Contact_email : Messages.Contact_phone;
	}

	public static String contactLabel(ContactPoint.Label label) {
		return switch (label) {
		case WORK -> Messages.Contact_work;
		case HOME -> Messages.Contact_home;
		case MOBILE -> Messages.Contact_mobile;
		case OTHER -> Messages.Contact_other;
		};
	}

	/** The label whose translated name is {@code text}; OTHER when none matches. */
	public static ContactPoint.Label contactLabel(String text) {
		for (ContactPoint.Label label : ContactPoint.Label.values()) {
			if (contactLabel(label).equals(text)) {
				return label;
			}
		}
		return ContactPoint.Label.OTHER;
	}

	/** The colour of a lifecycle badge: grey-blue prospects, amber potential, green active, grey inactive. */
	public static Color lifecycleColor(LifecycleStage stage) {
		return switch (stage) {
		case PROSPECT -> new Color(70, 110, 160);
		case POTENTIAL_CUSTOMER -> new Color(190, 120, 0);
		case ACTIVE_CUSTOMER -> new Color(20, 130, 60);
		case INACTIVE_CUSTOMER -> new Color(120, 120, 120);
		};
	}

	/** A choice value's label, "(retired)" marked; empty for none. */
	public static String choice(ChoiceValue value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		return value.isRetired() ? NLS.bind(Messages.Choice_retired, value.getLabel()) : value.getLabel();
	}

	public static String nullToEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
