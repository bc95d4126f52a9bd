package org.vinculo.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.ui.internal.dialogs.AffiliationDialog;
import org.vinculo.ui.internal.dialogs.NewPartyDialog;
import org.vinculo.ui.internal.dialogs.PartyPickerDialog;

/**
 * The user's actions on parties, shared by commands, editor buttons, context
 * menus and drag and drop so that each path behaves the same.
 */
public final class PartyActions {

	private PartyActions() {
	}

	/** Asks for a new person or organization, saves it and opens its editor. */
	public static Optional<Party> create(Shell shell, IWorkbenchPage page, PartyKind kind) {
		NewPartyDialog dialog = new NewPartyDialog(shell, kind);
		if (dialog.open() != Window.OK) {
			return Optional.empty();
		}
		PartyOpener.open(page, dialog.created());
		return Optional.of(dialog.created());
	}

	/**
	 * Links {@code party} to someone of the other kind: a person to an
	 * organization, an organization to a person, chosen in a search-as-you-type
	 * picker, then described in the affiliation dialog.
	 */
	public static Optional<Affiliation> link(Shell shell, Party party) {
		PartyKind other = party.getKind() == PartyKind.PERSON ? PartyKind.ORGANIZATION : PartyKind.PERSON;
		String message = Terms.format(other == PartyKind.ORGANIZATION ? Messages.Picker_organizationFor
				: Messages.Picker_personFor, party.getDisplayName());
		PartyPickerDialog picker = new PartyPickerDialog(shell, other, message);
		if (picker.open() != Window.OK) {
			return Optional.empty();
		}
		return link(shell, party, picker.chosen());
	}

	/** Opens the affiliation dialog for two parties of different kinds, in either order. */
	public static Optional<Affiliation> link(Shell shell, Party one, Party other) {
		if (one.getKind() == other.getKind()) {
			MessageDialog.openInformation(shell, Terms.format(Messages.Affiliation_newTitle),
					Terms.format(Messages.Affiliation_sameKind));
			return Optional.empty();
		}
		Person person = (Person) (one instanceof Person ? one : other);
		Organization organization = (Organization) (one instanceof Organization ? one : other);
		AffiliationDialog dialog = new AffiliationDialog(shell, AffiliationDialog.draft(person, organization));
		return dialog.open() == Window.OK ? Optional.of(dialog.saved()) : Optional.empty();
	}

	public static Optional<Affiliation> edit(Shell shell, Affiliation affiliation) {
		AffiliationDialog dialog = new AffiliationDialog(shell, affiliation);
		return dialog.open() == Window.OK ? Optional.of(dialog.saved()) : Optional.empty();
	}

	/** Removes an affiliation after confirmation; suggests an end date to keep the history. */
	public static boolean unlink(Shell shell, Affiliation affiliation) {
		String question = Terms.format(Messages.Affiliation_removeQuestion, affiliation.getPerson().getDisplayName(),
				affiliation.getRole().getLabel(), affiliation.getOrganization().getDisplayName());
		if (!MessageDialog.openConfirm(shell, Terms.format(Messages.Affiliation_removeTitle), question)) {
			return false;
		}
		try {
			CoreServices.affiliations().remove(affiliation);
			return true;
		} catch (StaleRecordException e) {
			MessageDialog.openError(shell, Terms.format(Messages.Affiliation_removeTitle), e.getMessage());
			return false;
		}
	}

	/**
	 * Deletes a party after a confirmation that names what goes with it (its
	 * affiliations, and how many relationships); the user can cancel.
	 */
	public static boolean delete(Shell shell, Party party) {
		List<Affiliation> links = party instanceof Person
				? CoreServices.affiliations().organizationsOf(party.getId(), Period.ALL)
				: CoreServices.affiliations().peopleOf(party.getId(), Period.ALL);
		String question;
		if (links.isEmpty()) {
			question = NLS.bind(Messages.Delete_question, party.getDisplayName());
		} else {
			StringBuilder affected = new StringBuilder();
			links.stream().limit(10).forEach(a -> affected.append("\n \u2022 ") //$NON-NLS-1$
					.append(NLS.bind(Messages.Delete_affiliationLine, new Object[] { a.getPerson().getDisplayName(),
							a.getRole().getLabel(), a.getOrganization().getDisplayName() })));
			if (links.size() > 10) {
				affected.append("\n \u2022 ").append(NLS.bind(Messages.Delete_andMore, links.size() - 10)); //$NON-NLS-1$
			}
			question = Terms.format(Messages.Delete_questionWithLinks, party.getDisplayName(), links.size(),
					affected.toString());
		}
		long relationships = CoreServices.relationships().countRelationships(party.getId());
		if (relationships > 0) {
			question += "\n\n" + Terms.format(Messages.Delete_relationships, relationships); //$NON-NLS-1$
		}
		if (MessageDialog.open(MessageDialog.QUESTION, shell, Messages.Delete_title, question, SWT.NONE,
				Messages.Delete_button, Messages.Delete_cancel) != 0) {
			return false;
		}
		try {
			CoreServices.parties().delete(party);
			return true;
		} catch (StaleRecordException e) {
			MessageDialog.openError(shell, Messages.Delete_title, e.getMessage());
			return false;
		}
	}
}
