package org.vinculo.sales.ui.internal.board;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.sales.OpportunityQuery;
import org.vinculo.sales.OpportunityRow;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.SalesService;
import org.vinculo.sales.Stage;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.Failures;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.Open;
import org.vinculo.sales.ui.internal.RecordChanges;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.parts.TermLabels;

/**
 * One pipeline as a board: a column per stage, a card per opportunity. Dragging
 * a card to another column moves the opportunity to that stage (its context
 * menu does the same from the keyboard); the column headers count the cards and
 * sum their amounts. Follows changes made anywhere.
 */
public final class PipelineBoardView extends ViewPart {

	public static final String ID = SalesIds.BOARD_VIEW;

	private static final String MEMENTO_PIPELINE = "pipeline"; //$NON-NLS-1$
	private static final int COLUMN_WIDTH = 230;
	private static final int FILTER_DELAY_MILLIS = 300;
	private static final Color COLUMN_BACKGROUND = new Color(0xf1, 0xf3, 0xf6);
	private static final Color DROP_BACKGROUND = new Color(0xdc, 0xe8, 0xf8);
	private static final Color WON_BACKGROUND = new Color(0xe0, 0xf2, 0xe3);
	private static final Color LOST_BACKGROUND = new Color(0xf6, 0xe1, 0xe1);

	private final TermLabels terms = new TermLabels();
	private final Formats formats = Formats.user();
	private final Runnable filterLater = this::load;
	private final Map<Long, BoardColumn> columns = new LinkedHashMap<>();

	private Combo pipelineCombo;
	private Combo ownerCombo;
	private Text filter;
	private Label status;
	private ScrolledComposite scroller;
	private Composite board;
	private Font bold;
	private RecordChanges changes;
	private List<Pipeline> pipelines = List.of();
	private Pipeline pipeline;
	private Long rememberedPipelineId;
	private List<OpportunityRow> rows = List.of();
	private int loads;
	private int shown;

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		if (memento != null && memento.getString(MEMENTO_PIPELINE) != null) {
			try {
				rememberedPipelineId = Long.valueOf(memento.getString(MEMENTO_PIPELINE));
			} catch (NumberFormatException e) {
				rememberedPipelineId = null;
			}
		}
	}

	@Override
	public void saveState(IMemento memento) {
		if (pipeline != null && pipeline.id() != null) {
			memento.putString(MEMENTO_PIPELINE, pipeline.id().toString());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
		FontData[] data = parent.getFont().getFontData();
		for (FontData each : data) {
			each.setStyle(SWT.BOLD);
		}
		bold = new Font(parent.getDisplay(), data);

		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).spacing(8, 0).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.Board_pipeline);
		pipelineCombo = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), SalesIds.BOARD_PIPELINE);
		GridDataFactory.swtDefaults().hint(180, SWT.DEFAULT).applyTo(pipelineCombo);
		pipelineCombo.addListener(SWT.Selection, e -> pipelineChosen());
		new Label(bar, SWT.NONE).setText(Messages.Board_owner);
		ownerCombo = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), SalesIds.BOARD_OWNER);
		ownerCombo.setItems(Messages.Board_ownerAll, Messages.Board_ownerMe);
		ownerCombo.select(0);
		ownerCombo.addListener(SWT.Selection, e -> load());
		filter = WidgetIds.tag(new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER), SalesIds.BOARD_FILTER);
		terms.bind(() -> filter.setMessage(TermLabels.format(Messages.Board_filterHint)));
		GridDataFactory.swtDefaults().hint(200, SWT.DEFAULT).applyTo(filter);
		filter.addListener(SWT.Modify, e -> {
			filter.getDisplay().timerExec(-1, filterLater);
			filter.getDisplay().timerExec(FILTER_DELAY_MILLIS, filterLater);
		});
		status = WidgetIds.tag(new Label(bar, SWT.NONE), SalesIds.BOARD_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		board = new Composite(scroller, SWT.NONE);
		WidgetIds.tag(board, "sales.board"); //$NON-NLS-1$
		scroller.setContent(board);

		terms.listen(getSite().getService(IEventBroker.class));
		changes = RecordChanges.follow(getSite(), event -> changed(), SalesService.TOPIC);
		loadPipelines();
	}

	// ---- loading -----------------------------------------------------------------------------

	private void loadPipelines() {
		status.setText(Messages.Common_loading);
		Background.read(Messages.Board_loadJob, board, () -> SalesServices.sales().pipelines(false), this::showPipelines,
				e -> status.setText(Failures.describe(e)));
	}

	private void showPipelines(List<Pipeline> loaded) {
		pipelines = loaded;
		Long wanted = pipeline != null ? pipeline.id() : rememberedPipelineId;
		String[] names = loaded.stream().map(Pipeline::name).toArray(String[]::new);
		pipelineCombo.setItems(names);
		int index = 0;
		for (int i = 0; i < loaded.size(); i++) {
			if (Objects.equals(loaded.get(i).id(), wanted)) {
				index = i;
			}
		}
		if (loaded.isEmpty()) {
			pipeline = null;
			buildColumns();
			status.setText(Messages.Board_noPipelines);
			return;
		}
		pipelineCombo.select(index);
		pipeline = loaded.get(index);
		buildColumns();
		load();
	}

	private void pipelineChosen() {
		int index = pipelineCombo.getSelectionIndex();
		if (index < 0 || index >= pipelines.size()) {
			return;
		}
		pipeline = pipelines.get(index);
		rows = List.of();
		buildColumns();
		load();
	}

	/** Shows the pipeline with this id, as choosing it in the combo does. */
	public void showPipeline(long pipelineId) {
		for (int i = 0; i < pipelines.size(); i++) {
			if (Objects.equals(pipelines.get(i).id(), pipelineId)) {
				pipelineCombo.select(i);
				pipelineChosen();
				return;
			}
		}
	}

	/** The pipeline on the board, {@code null} before the pipelines are read. */
	public Pipeline pipeline() {
		return pipeline;
	}

	/** Reads the opportunities of the pipeline again, with the owner and text filters. */
	public void load() {
		if (board == null || board.isDisposed() || pipeline == null) {
			return;
		}
		OpportunityQuery query = query();
		int sequence = ++loads;
		Background.read(Messages.Board_loadJob, board, () -> SalesServices.sales().opportunities(resolve(query)),
				loaded -> show(sequence, loaded), e -> status.setText(Failures.describe(e)));
	}

	/** What the filters ask for; "mine" is resolved in the job, where the current user may be read. */
	private OpportunityQuery query() {
		String text = filter.getText().isBlank() ? null : filter.getText().strip();
		Long mine = ownerCombo.getSelectionIndex() == 1 ? Long.valueOf(-1) : null;
		return new OpportunityQuery(pipeline.id(), null, mine, null, null, null, text);
	}

	private static OpportunityQuery resolve(OpportunityQuery query) {
		if (query.ownerId() == null) {
			return query;
		}
		Long me = SalesServices.currentUserId();
		return new OpportunityQuery(query.pipelineId(), query.partyId(), me == null ? Long.valueOf(-1) : me,
				query.kind(), query.closingFrom(), query.closingTo(), query.text());
	}

	private void show(int sequence, List<OpportunityRow> loaded) {
		if (sequence < shown) {
			return; // an older read finished after a newer one
		}
		shown = sequence;
		rows = loaded.stream().filter(r -> pipeline != null && Objects.equals(r.pipelineId(), pipeline.id()))
				.toList();
		fillColumns();
		status.setText(TermLabels.format(Messages.Board_status, rows.size()));
		status.getParent().layout();
	}

	private void changed() {
		if (board == null || board.isDisposed()) {
			return;
		}
		// a pipeline may have been edited (stages added, renamed): rebuild the columns then
		Background.read(Messages.Board_loadJob, board, () -> SalesServices.sales().pipelines(false), loaded -> {
			if (loaded.equals(pipelines)) {
				load();
			} else {
				showPipelines(loaded);
			}
		}, e -> status.setText(Failures.describe(e)));
	}

	// ---- columns and cards ---------------------------------------------------------------------

	private void buildColumns() {
		columns.values().forEach(BoardColumn::dispose);
		columns.clear();
		List<Stage> stages = pipeline == null ? List.of() : pipeline.stages();
		GridLayoutFactory.fillDefaults().numColumns(Math.max(1, stages.size())).equalWidth(true).spacing(8, 0)
				.applyTo(board);
		for (Stage stage : stages) {
			if (stage.id() == null) {
				continue;
			}
			Color header = switch (stage.kind()) {
			case WON -> WON_BACKGROUND;
			case LOST -> LOST_BACKGROUND;
			default -> COLUMN_BACKGROUND;
			};
			BoardColumn column = new BoardColumn(this, board, stage, bold, COLUMN_BACKGROUND, header, DROP_BACKGROUND);
			GridDataFactory.fillDefaults().grab(true, true).hint(COLUMN_WIDTH, SWT.DEFAULT)
					.applyTo(column.control());
			columns.put(stage.id(), column);
		}
		scroller.setMinSize(Math.max(1, stages.size()) * (COLUMN_WIDTH + 8), 200);
		board.layout(true, true);
	}

	private void fillColumns() {
		Map<Long, List<OpportunityRow>> byStage = new LinkedHashMap<>();
		columns.keySet().forEach(id -> byStage.put(id, new ArrayList<>()));
		for (OpportunityRow row : rows) {
			List<OpportunityRow> list = byStage.get(row.stageId());
			if (list != null) {
				list.add(row);
			}
		}
		byStage.forEach((stageId, list) -> {
			BoardColumn column = columns.get(stageId);
			column.show(list, summary(list));
		});
		board.layout(true, true);
	}

	/** "3 · 12.500,00 EUR" for a column. */
	private String summary(List<OpportunityRow> list) {
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		for (OpportunityRow row : list) {
			if (row.amount() != null) {
				sums.merge(row.currency() == null ? "" : row.currency(), row.amount(), BigDecimal::add); //$NON-NLS-1$
			}
		}
		return Messages.format(Messages.Board_columnSummary, list.size(), formats.sums(sums));
	}

	Formats formats() {
		return formats;
	}

	List<Stage> stages() {
		return pipeline == null ? List.of() : pipeline.stages();
	}

	/** How many cards the column of {@code stageId} shows now (UI thread). */
	public int cardCount(long stageId) {
		BoardColumn column = columns.get(stageId);
		return column == null ? -1 : column.cardCount();
	}

	/** The ids of the opportunities the column of {@code stageId} shows, top to bottom (UI thread). */
	public List<Long> cardIds(long stageId) {
		BoardColumn column = columns.get(stageId);
		return column == null ? List.of() : column.cardIds();
	}

	/** The column widget of a stage, for tests and screenshots; {@code null} if the board has none. */
	public Control column(long stageId) {
		BoardColumn column = columns.get(stageId);
		return column == null ? null : column.control();
	}

	void open(OpportunityRow row) {
		Open.opportunity(getSite().getPage(), row.id(), row.title());
	}

	// ---- moving ------------------------------------------------------------------------------

	/**
	 * Moves an opportunity on the board to another stage: what dropping its card
	 * on that stage's column does. The card moves at once; the change is saved in
	 * the background, and if someone else changed the opportunity meanwhile the
	 * board shows it as it is now and says so.
	 */
	public void moveCard(long opportunityId, long stageId) {
		OpportunityRow row = rows.stream().filter(r -> r.id() == opportunityId).findFirst().orElse(null);
		if (row == null || row.stageId() == stageId || !columns.containsKey(stageId)) {
			return;
		}
		Stage target = pipeline.stage(stageId).orElseThrow();
		rows = rows.stream().map(r -> r.id() == opportunityId ? moved(r, target) : r).toList();
		fillColumns();

		OpportunityQuery query = query();
		int sequence = ++loads;
		long version = row.version();
		Background.write(TermLabels.format(Messages.Board_moveJob, row.title(), target.name()), board, () -> {
			SalesServices.sales().move(opportunityId, stageId, version, SalesServices.currentUserId());
			return SalesServices.sales().opportunities(resolve(query));
		}, loaded -> show(sequence, loaded), e -> {
			load();
			if (e instanceof StaleRecordException) {
				MessageDialog.openInformation(getSite().getShell(), Messages.Board_staleTitle,
						TermLabels.format(Messages.Board_stale, row.title()));
			} else {
				Failures.show(getSite().getShell(), TermLabels.format(Messages.Board_moveFailedTitle), e);
			}
		});
	}

	private static OpportunityRow moved(OpportunityRow r, Stage target) {
		return new OpportunityRow(r.id(), r.title(), r.partyId(), r.partyName(), r.partyIsOrganization(),
				r.pipelineId(), target.id(), target.name(), target.kind(), target.probability(), r.amount(),
				r.currency(), r.weighted(), r.closeDate(), r.ownerId(), r.ownerName(), r.version());
	}

	@Override
	public void setFocus() {
		pipelineCombo.setFocus();
	}

	@Override
	public void dispose() {
		if (changes != null) {
			changes.dispose();
		}
		terms.dispose();
		if (filter != null && !filter.isDisposed()) {
			filter.getDisplay().timerExec(-1, filterLater);
		}
		if (bold != null) {
			bold.dispose();
		}
		super.dispose();
	}
}
