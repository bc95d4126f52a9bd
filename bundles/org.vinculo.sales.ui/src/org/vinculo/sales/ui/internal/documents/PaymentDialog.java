package org.vinculo.sales.ui.internal.documents;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vinculo.sales.ui.internal.Dates;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.ui.WidgetIds;

/** Asks when, how much and how an invoice was paid; the balance due is the suggested amount. */
final class PaymentDialog extends TitleAreaDialog {

	private final String invoice;
	private final BigDecimal balance;
	private final String currency;
	private final Formats formats = Formats.user();
	private DateTime date;
	private Text amountField;
	private Combo method;
	private LocalDate paidOn;
	private BigDecimal amount;
	private String methodText;

	PaymentDialog(Shell shell, String invoice, BigDecimal balance, String currency) {
		super(shell);
		this.invoice = invoice;
		this.balance = balance;
		this.currency = currency;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Payment_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Payment_title);
		setMessage(Messages.format(Messages.Payment_message, invoice, formats.money(balance, currency)));
		Composite client = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(client);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(client);

		new Label(client, SWT.NONE).setText(Messages.Payment_date);
		date = WidgetIds.tag(new DateTime(client, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), SalesIds.PAYMENT_DATE);
		Dates.set(date, LocalDate.now());

		new Label(client, SWT.NONE).setText(Messages.Payment_amount);
		amountField = WidgetIds.tag(new Text(client, SWT.BORDER | SWT.RIGHT), SalesIds.PAYMENT_AMOUNT);
		amountField.setText(formats.plain(balance));
		GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).applyTo(amountField);
		amountField.addListener(SWT.Modify, e -> validate());

		new Label(client, SWT.NONE).setText(Messages.Payment_method);
		method = WidgetIds.tag(new Combo(client, SWT.DROP_DOWN | SWT.BORDER), SalesIds.PAYMENT_METHOD);
		method.setItems(Messages.Payment_transfer, Messages.Payment_card, Messages.Payment_cash,
				Messages.Payment_cheque);
		method.select(0);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(method);
		return area;
	}

	private void validate() {
		BigDecimal value = parsed();
		String problem = value == null || value.signum() <= 0 ? Messages.Payment_amountInvalid
				: balance != null && value.compareTo(balance) > 0 ? Messages.Payment_tooMuch : null;
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	private BigDecimal parsed() {
		try {
			return formats.parse(amountField.getText());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	@Override
	protected void okPressed() {
		paidOn = Dates.get(date);
		amount = parsed();
		methodText = method.getText().strip();
		super.okPressed();
	}

	LocalDate paidOn() {
		return paidOn;
	}

	BigDecimal amount() {
		return amount;
	}

	String method() {
		return methodText;
	}
}
