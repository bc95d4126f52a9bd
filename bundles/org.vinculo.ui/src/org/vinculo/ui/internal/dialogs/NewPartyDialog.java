package org.vinculo.ui.internal.dialogs;


import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.Validation;
import org.vinculo.core.service.ValidationException;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.internal.dedupe.DuplicateHint;

/**
 * Creates a person or an organization on its own: neither needs the other. The
 * record is saved only when every field is valid; problems are marked next to
 * their field.
 */
public final class NewPartyDialog extends VinculoDialog {

	private final PartyKind kind;
	private Text firstName;
	private Text lastName;
	private Text name;
	private Text website;
	private Text email;
	private Text phone;
	private Text city;
	private Party created;

	public NewPartyDialog(Shell parent, PartyKind kind) {
		super(parent);
		this.kind = kind;
	}

	/** The saved record after OK, else {@code null}. */
	public Party created() {
		return created;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Terms.format(kind == PartyKind.PERSON ? Messages.NewParty_personTitle : Messages.NewParty_organizationTitle));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Terms.format(kind == PartyKind.PERSON ? Messages.NewParty_personTitle : Messages.NewParty_organizationTitle));
		setMessage(Terms.format(kind == PartyKind.PERSON ? Messages.NewParty_personMessage : Messages.NewParty_organizationMessage));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 10).spacing(12, 6).applyTo(form);
		if (kind == PartyKind.PERSON) {
			firstName = field(form, Messages.Editor_firstName, WidgetIds.NEW_FIRST_NAME, Fields.FIRST_NAME);
			lastName = field(form, Messages.Editor_lastName, WidgetIds.NEW_LAST_NAME, Fields.LAST_NAME);
		} else {
			name = field(form, Messages.Editor_organizationName, WidgetIds.NEW_NAME, Fields.NAME);
			website = field(form, Messages.Editor_website, WidgetIds.NEW_WEBSITE, null);
		}
		email = field(form, Messages.Editor_email, WidgetIds.NEW_EMAIL, Fields.EMAIL);
		phone = field(form, Messages.Editor_phone, WidgetIds.NEW_PHONE, null);
		city = field(form, Messages.Editor_city, WidgetIds.NEW_CITY, null);
		// warns, as the user types, of a record that may be this one already; creating stays possible
		new DuplicateHint(form, 2, this::draft).watch(firstName, lastName, name, email, phone);
		return area;
	}

	private Text field(Composite form, String label, String id, String validatedField) {
		new Label(form, SWT.NONE).setText(label);
		Text text = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.SINGLE), id);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).indent(8, 0).applyTo(text);
		if (validatedField != null) {
			markable(validatedField, text);
			text.addModifyListener(e -> check());
		}
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	private Party draft() {
		Party draft;
		if (kind == PartyKind.PERSON) {
			draft = new Person(firstName.getText(), lastName.getText());
		} else {
			Organization organization = new Organization(name.getText());
			organization.setWebsite(website.getText());
			draft = organization;
		}
		draft.setEmail(email.getText());
		draft.setPhone(phone.getText());
		draft.setCity(city.getText());
		return draft;
	}

	private boolean check() {
		return showProblems(Validation.check(draft()));
	}

	@Override
	protected void okPressed() {
		if (!check()) {
			return;
		}
		try {
			Party draft = draft();
			created = draft instanceof Person person ? CoreServices.parties().createPerson(person)
					: CoreServices.parties().createOrganization((Organization) draft);
			super.okPressed();
		} catch (ValidationException e) {
			showProblems(e.getProblems());
		} catch (RuntimeException e) {
			setErrorMessage(e.getMessage()); // nothing saved; the user can correct and retry
		}
	}
}
