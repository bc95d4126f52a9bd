package org.vinculo.sales.ui.internal.preferences;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vinculo.core.model.PartyKind;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.Stage;
import org.vinculo.sales.StageKind;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.Cells;
import org.vinculo.sales.ui.internal.Columns;
import org.vinculo.sales.ui.internal.Failures;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesLabels;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.sales.ui.internal.Tables;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.parts.TermLabels;

/**
 * Sales > Pipelines: each pipeline's name, whom it sells to, its ordered
 * stages (name, probability, open/won/lost) and whether it is retired. Edits
 * to several pipelines are kept until Apply or OK saves them; the service's
 * objections are shown, and the pipeline they concern is selected.
 */
public final class PipelinesPreferencePage extends AdminPage {

	/** Persons, organizations, both: the order of the party kind combo. */
	private static final PartyKind[] KINDS = { PartyKind.PERSON, PartyKind.ORGANIZATION, null };
	private static final StageKind[] STAGE_KINDS = StageKind.values();

	/** A pipeline being edited. */
	private static final class Draft extends Edited {
		PartyKind partyKind;
		boolean retired;
		final List<StageDraft> stages = new ArrayList<>();

		static Draft of(Pipeline pipeline) {
			Draft draft = new Draft(pipeline.id(), pipeline.version(), pipeline.name());
			draft.partyKind = pipeline.partyKind();
			draft.retired = pipeline.retired();
			pipeline.stages().forEach(s -> draft.stages.add(new StageDraft(s.id(), s.name(), s.probability(), s.kind())));
			return draft;
		}

		Draft(Long id, long version, String name) {
			super(id, version, name);
		}

		Pipeline toPipeline() {
			List<Stage> result = new ArrayList<>();
			for (int i = 0; i < stages.size(); i++) {
				StageDraft stage = stages.get(i);
				result.add(new Stage(stage.id, stage.name, stage.probability, stage.kind, i));
			}
			return new Pipeline(id, name, partyKind, result, retired, version);
		}

		String label() {
			String shown = name == null || name.isBlank() ? Messages.Pipelines_unnamed : name;
			return (modified ? "*" : "") + (retired ? shown + " " + Messages.Pipelines_retiredSuffix : shown); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** A stage being edited. */
	private static final class StageDraft {
		final Long id;
		String name;
		int probability;
		StageKind kind;

		StageDraft(Long id, String name, int probability, StageKind kind) {
			this.id = id;
			this.name = name;
			this.probability = probability;
			this.kind = kind;
		}
	}

	private final List<Draft> drafts = new ArrayList<>();
	private TableViewer list;
	private Text name;
	private Combo partyKind;
	private Button retired;
	private TableViewer stages;
	private Button removeStage;
	private Button upStage;
	private Button downStage;
	private Composite editor;
	private Draft current;
	private boolean filling;

	@Override
	protected Control createContents(Composite parent) {
		Composite client = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(client);

		Composite left = listColumn(client, 170);
		list = new TableViewer(left, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		WidgetIds.tag(list.getTable(), SalesIds.PIPELINES_LIST);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Draft) element).label();
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).hint(170, 200).applyTo(list.getControl());
		list.addSelectionChangedListener(e -> select((Draft) list.getStructuredSelection().getFirstElement()));
		Button add = WidgetIds.tag(new Button(left, SWT.PUSH), SalesIds.PIPELINES_ADD);
		add.setText(Messages.Pipelines_add);
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, e -> addPipeline());

		editor = new Composite(client, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(editor);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(editor);
		new Label(editor, SWT.NONE).setText(Messages.Pipelines_name);
		name = WidgetIds.tag(new Text(editor, SWT.BORDER), SalesIds.PIPELINES_NAME);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		name.addListener(SWT.Modify, e -> {
			if (!filling && current != null) {
				current.name = name.getText().strip();
				changed();
			}
		});
		new Label(editor, SWT.NONE).setText(Messages.Pipelines_sellsTo);
		partyKind = WidgetIds.tag(new Combo(editor, SWT.READ_ONLY), SalesIds.PIPELINES_KIND);
		for (PartyKind kind : KINDS) {
			partyKind.add(SalesLabels.partyKind(kind));
		}
		partyKind.addListener(SWT.Selection, e -> {
			if (!filling && current != null) {
				current.partyKind = KINDS[Math.max(0, partyKind.getSelectionIndex())];
				changed();
			}
		});
		new Label(editor, SWT.NONE);
		retired = WidgetIds.tag(new Button(editor, SWT.CHECK), SalesIds.PIPELINES_RETIRED);
		retired.setText(TermLabels.format(Messages.Pipelines_retired));
		retired.addListener(SWT.Selection, e -> {
			if (!filling && current != null) {
				current.retired = retired.getSelection();
				changed();
			}
		});

		Label stagesLabel = new Label(editor, SWT.NONE);
		stagesLabel.setText(Messages.Pipelines_stages);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(stagesLabel);
		Composite stageRow = new Composite(editor, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(stageRow);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(stageRow);
		createStages(stageRow);

		setEnabled(false);
		load();
		return client;
	}

	private void createStages(Composite parent) {
		stages = Tables.editable(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER, SalesIds.PIPELINES_STAGES);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 180).applyTo(stages.getControl());
		Columns<StageDraft> columns = new Columns<>(stages, StageDraft.class);
		columns.add(Messages.Pipelines_stageName, 150, s -> s.name).setEditingSupport(Cells.text(stages,
				StageDraft.class, s -> s.name, (s, v) -> s.name = v.strip(), this::changed));
		columns.add(Messages.Pipelines_probability, 90, SWT.RIGHT, s -> s.probability + " %") //$NON-NLS-1$
				.setEditingSupport(Cells.text(stages, StageDraft.class, s -> Integer.toString(s.probability),
						(s, v) -> {
							try {
								s.probability = Math.max(0, Math.min(100, Integer.parseInt(v.replace("%", "").strip()))); //$NON-NLS-1$ //$NON-NLS-2$
								setErrorMessage(null);
							} catch (NumberFormatException e) {
								setErrorMessage(Messages.Pipelines_probabilityInvalid);
							}
						}, this::changed));
		columns.add(Messages.Pipelines_kind, 90, s -> SalesLabels.kind(s.kind)).setEditingSupport(Cells.choice(stages,
				StageDraft.class, () -> java.util.Arrays.stream(STAGE_KINDS).map(SalesLabels::kind).toArray(String[]::new),
				s -> s.kind.ordinal(), (s, i) -> s.kind = STAGE_KINDS[i], this::changed));
		stages.addSelectionChangedListener(e -> updateStageButtons());

		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
		Button add = button(buttons, Messages.Pipelines_stageAdd, SalesIds.PIPELINES_STAGE_ADD);
		add.addListener(SWT.Selection, e -> {
			if (current != null) {
				StageDraft stage = new StageDraft(null, Messages.Pipelines_newStage, 50, StageKind.OPEN);
				int wonAt = indexOfFirstClosed();
				current.stages.add(wonAt, stage);
				changed();
				stages.refresh();
				stages.setSelection(new StructuredSelection(stage));
				stages.editElement(stage, 0);
			}
		});
		removeStage = button(buttons, Messages.Pipelines_stageRemove, SalesIds.PIPELINES_STAGE_REMOVE);
		removeStage.addListener(SWT.Selection, e -> {
			StageDraft stage = selectedStage();
			if (current != null && stage != null) {
				current.stages.remove(stage);
				changed();
				stages.refresh();
				updateStageButtons();
			}
		});
		upStage = button(buttons, Messages.Pipelines_stageUp, SalesIds.PIPELINES_STAGE_UP);
		upStage.addListener(SWT.Selection, e -> moveStage(-1));
		downStage = button(buttons, Messages.Pipelines_stageDown, SalesIds.PIPELINES_STAGE_DOWN);
		downStage.addListener(SWT.Selection, e -> moveStage(1));
		Button save = button(buttons, Messages.Pipelines_save, SalesIds.PIPELINES_SAVE);
		GridDataFactory.fillDefaults().indent(0, 12).applyTo(save);
		save.addListener(SWT.Selection, e -> {
			if (current != null) {
				save(current);
			}
		});
	}

	private static Button button(Composite parent, String text, String id) {
		Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	/** New stages go before the won and lost ones, which end a pipeline. */
	private int indexOfFirstClosed() {
		for (int i = 0; i < current.stages.size(); i++) {
			if (current.stages.get(i).kind != StageKind.OPEN) {
				return i;
			}
		}
		return current.stages.size();
	}

	private StageDraft selectedStage() {
		return (StageDraft) stages.getStructuredSelection().getFirstElement();
	}

	private void moveStage(int by) {
		StageDraft stage = selectedStage();
		if (current == null || stage == null) {
			return;
		}
		int index = current.stages.indexOf(stage);
		int target = index + by;
		if (target < 0 || target >= current.stages.size()) {
			return;
		}
		Collections.swap(current.stages, index, target);
		changed();
		stages.refresh();
		updateStageButtons();
	}

	private void updateStageButtons() {
		StageDraft stage = current == null ? null : selectedStage();
		int index = stage == null ? -1 : current.stages.indexOf(stage);
		removeStage.setEnabled(stage != null);
		upStage.setEnabled(index > 0);
		downStage.setEnabled(index >= 0 && index < current.stages.size() - 1);
	}

	private void changed() {
		if (current != null) {
			current.modified = true;
			list.update(current, null);
		}
	}

	private void addPipeline() {
		Draft draft = new Draft(null, 0, Messages.Pipelines_newPipeline);
		draft.partyKind = PartyKind.ORGANIZATION;
		draft.stages.add(new StageDraft(null, Messages.Pipelines_firstStage, 10, StageKind.OPEN));
		draft.stages.add(new StageDraft(null, Messages.Pipelines_wonStage, 100, StageKind.WON));
		draft.stages.add(new StageDraft(null, Messages.Pipelines_lostStage, 0, StageKind.LOST));
		draft.modified = true;
		drafts.add(draft);
		list.refresh();
		list.setSelection(new StructuredSelection(draft), true);
		name.setFocus();
		name.selectAll();
	}

	private void select(Draft draft) {
		current = draft;
		filling = true;
		try {
			name.setText(draft == null || draft.name == null ? "" : draft.name); //$NON-NLS-1$
			int kind = 2;
			for (int i = 0; i < KINDS.length; i++) {
				if (draft != null && KINDS[i] == draft.partyKind) {
					kind = i;
				}
			}
			partyKind.select(kind);
			retired.setSelection(draft != null && draft.retired);
			stages.setInput(draft == null ? List.of() : draft.stages);
		} finally {
			filling = false;
		}
		setEnabled(draft != null);
	}

	private void setEnabled(boolean enabled) {
		for (Control control : editor.getChildren()) {
			control.setEnabled(enabled);
		}
		stages.getControl().setEnabled(enabled);
		updateStageButtons();
	}

	@Override
	protected void load() {
		Background.read(Messages.Pipelines_loadJob, list.getControl(), () -> SalesServices.sales().pipelines(true),
				loaded -> {
					Long selected = current == null ? null : current.id;
					drafts.clear();
					loaded.forEach(p -> drafts.add(Draft.of(p)));
					list.setInput(drafts);
					Draft again = drafts.stream().filter(d -> d.id != null && d.id.equals(selected)).findFirst()
							.orElse(drafts.isEmpty() ? null : drafts.get(0));
					if (again != null) {
						list.setSelection(new StructuredSelection(again), true);
					} else {
						select(null);
					}
				}, e -> setErrorMessage(Failures.describe(e)));
	}

	/** Saves one pipeline; on refusal selects it and says why. */
	private boolean save(Draft draft) {
		if (draft.name == null || draft.name.isBlank()) {
			list.setSelection(new StructuredSelection(draft), true);
			setErrorMessage(Messages.Pipelines_nameMissing);
			return false;
		}
		try {
			Pipeline saved = write(() -> SalesServices.sales().savePipeline(draft.toPipeline()));
			Draft fresh = Draft.of(saved);
			int index = drafts.indexOf(draft);
			drafts.set(index, fresh);
			list.refresh();
			if (current == draft) {
				list.setSelection(new StructuredSelection(fresh), true);
			}
			setErrorMessage(null);
			return true;
		} catch (RuntimeException e) {
			list.setSelection(new StructuredSelection(draft), true);
			setErrorMessage(Failures.describe(e).replace('\n', ' '));
			return false;
		}
	}

	@Override
	public boolean performOk() {
		for (Draft draft : new ArrayList<>(drafts)) {
			if (draft.modified && !save(draft)) {
				return false;
			}
		}
		return true;
	}
}
