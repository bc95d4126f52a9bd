package org.vinculo.ui.internal.imports;

import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Shell;
import org.vinculo.core.exchange.CsvPreview;
import org.vinculo.core.exchange.ImportSettings;

/**
 * Imports persons, organizations and their affiliations from a CSV file: the
 * file and its format first, then where each column goes. Finish starts the
 * import as a job and closes the wizard; the Import Report view shows what it
 * did.
 */
public final class ImportWizard extends Wizard {

	/** Columns of the mapping page's table: the file's column, its first values, where it goes. */
	public static final int COLUMN = 0;
	public static final int SAMPLES = 1;
	public static final int TARGET = 2;

	private static final int PAGE_WIDTH = 720;
	private static final int PAGE_HEIGHT = 520;

	private final FilePage filePage = new FilePage();
	private final MappingPage mappingPage = new MappingPage();

	public ImportWizard() {
		setWindowTitle(Messages.Wizard_title);
	}

	/** Opens the wizard in a dialog of {@code shell}; returns when it is closed. */
	public static void open(Shell shell) {
		ImportWizardDialog dialog = new ImportWizardDialog(shell, new ImportWizard());
		dialog.setPageSize(PAGE_WIDTH, PAGE_HEIGHT);
		dialog.open();
	}

	@Override
	public void addPages() {
		addPage(filePage);
		addPage(mappingPage);
	}

	/** The file whose preview the file page shows; {@code null} while none is read. */
	Path file() {
		return filePage.previewedFile();
	}

	CsvPreview preview() {
		return filePage.preview();
	}

	ImportSettings format() {
		return filePage.format();
	}

	/** The file page shows another file or format, or is reading it again. */
	void previewChanged() {
		mappingPage.previewChanged();
	}

	@Override
	public boolean performFinish() {
		Path file = file();
		if (file == null) {
			return false;
		}
		mappingPage.cancelDryRun();
		ImportJob.csv(file, mappingPage.settings()).schedule();
		return true;
	}

	@Override
	public boolean performCancel() {
		mappingPage.cancelDryRun();
		return true;
	}
}
