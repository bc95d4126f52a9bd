package org.vinculo.sales.ui.internal.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.vinculo.core.users.TeamService;
import org.vinculo.sales.Forecast;
import org.vinculo.sales.ForecastGrouping;
import org.vinculo.sales.ForecastPeriod;
import org.vinculo.sales.ForecastRow;
import org.vinculo.sales.RepPerformance;
import org.vinculo.sales.SalesService;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.Columns;
import org.vinculo.sales.ui.internal.CurrencyField;
import org.vinculo.sales.ui.internal.Failures;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.RecordChanges;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.sales.ui.internal.Tables;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.parts.TermLabels;

/**
 * The weighted forecast against quota, per rep, team or manager and per month
 * or quarter, as a table and as bars; and each rep's results over the same
 * months (win rate, cycle length, pipeline, activity). Reads again when
 * opportunities, teams or quotas change.
 */
public final class ForecastView extends ViewPart {

	public static final String ID = SalesIds.FORECAST_VIEW;

	/** The months a forecast covers, counted from today. */
	enum Range {
		THIS_QUARTER, THIS_YEAR, NEXT_12_MONTHS;

		YearMonth from(YearMonth now) {
			return switch (this) {
			case THIS_QUARTER -> now.withMonth((now.getMonthValue() - 1) / 3 * 3 + 1);
			case THIS_YEAR -> now.withMonth(1);
			case NEXT_12_MONTHS -> now;
			};
		}

		YearMonth to(YearMonth now) {
			return switch (this) {
			case THIS_QUARTER -> from(now).plusMonths(2);
			case THIS_YEAR -> now.withMonth(12);
			case NEXT_12_MONTHS -> now.plusMonths(11);
			};
		}

		String label() {
			return switch (this) {
			case THIS_QUARTER -> Messages.Forecast_thisQuarter;
			case THIS_YEAR -> Messages.Forecast_thisYear;
			case NEXT_12_MONTHS -> Messages.Forecast_next12Months;
			};
		}
	}

	private static final ForecastGrouping[] GROUPINGS = ForecastGrouping.values();
	private static final ForecastPeriod[] PERIODS = ForecastPeriod.values();
	private static final Range[] RANGES = Range.values();

	private final Formats formats = Formats.user();
	private final TermLabels terms = new TermLabels();
	private final Runnable currencyLater = this::load;
	private Combo grouping;
	private Combo period;
	private Combo range;
	private Combo currency;
	private Label status;
	private CTabFolder tabs;
	private TableViewer table;
	private ForecastChart chart;
	private TableViewer performance;
	private RecordChanges changes;
	private Forecast forecast;
	private int loads;

	/** What the view shows, read in one job. */
	private record Loaded(Forecast forecast, List<RepPerformance> performance) {
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(9).spacing(8, 0).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);

		new Label(bar, SWT.NONE).setText(Messages.Forecast_by);
		grouping = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), SalesIds.FORECAST_GROUPING);
		for (ForecastGrouping each : GROUPINGS) {
			grouping.add(label(each));
		}
		grouping.select(0);
		grouping.addListener(SWT.Selection, e -> load());

		period = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), SalesIds.FORECAST_PERIOD);
		for (ForecastPeriod each : PERIODS) {
			period.add(each == ForecastPeriod.MONTH ? Messages.Forecast_byMonth : Messages.Forecast_byQuarter);
		}
		period.select(0);
		period.addListener(SWT.Selection, e -> load());

		new Label(bar, SWT.NONE).setText(Messages.Forecast_range);
		range = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), SalesIds.FORECAST_RANGE);
		for (Range each : RANGES) {
			range.add(each.label());
		}
		range.select(0);
		range.addListener(SWT.Selection, e -> load());

		new Label(bar, SWT.NONE).setText(Messages.Field_currency);
		currency = WidgetIds.tag(CurrencyField.create(bar, Formats.DEFAULT_CURRENCY), SalesIds.FORECAST_CURRENCY);
		GridDataFactory.swtDefaults().hint(70, SWT.DEFAULT).applyTo(currency);
		currency.addListener(SWT.Selection, e -> load());
		currency.addListener(SWT.DefaultSelection, e -> load());
		currency.addListener(SWT.Modify, e -> {
			currency.getDisplay().timerExec(-1, currencyLater);
			if (CurrencyField.read(currency).length() == 3) {
				currency.getDisplay().timerExec(500, currencyLater);
			}
		});

		status = WidgetIds.tag(new Label(bar, SWT.NONE), SalesIds.FORECAST_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).align(SWT.FILL, SWT.CENTER).applyTo(status);

		tabs = WidgetIds.tag(new CTabFolder(parent, SWT.BORDER | SWT.TOP), SalesIds.FORECAST_TABS);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		CTabItem forecastTab = new CTabItem(tabs, SWT.NONE);
		forecastTab.setText(Messages.Forecast_tab);
		SashForm sash = new SashForm(tabs, SWT.VERTICAL);
		forecastTab.setControl(sash);
		createTable(sash);
		chart = new ForecastChart(sash, formats);
		WidgetIds.tag(chart.control(), SalesIds.FORECAST_CHART);
		sash.setWeights(new int[] { 45, 55 });

		CTabItem performanceTab = new CTabItem(tabs, SWT.NONE);
		performanceTab.setText(Messages.Forecast_performanceTab);
		Composite performanceClient = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(performanceClient);
		performanceTab.setControl(performanceClient);
		createPerformance(performanceClient);
		tabs.setSelection(forecastTab);

		terms.listen(getSite().getService(IEventBroker.class));
		changes = RecordChanges.follow(getSite(), event -> load(), SalesService.TOPIC, TeamService.TOPIC);
		load();
	}

	private static String label(ForecastGrouping grouping) {
		return switch (grouping) {
		case REP -> Messages.Forecast_rep;
		case TEAM -> Messages.Forecast_team;
		case MANAGER -> Messages.Forecast_manager;
		};
	}

	private void createTable(Composite parent) {
		table = Tables.create(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER, SalesIds.FORECAST_TABLE);
		Columns<ForecastRow> columns = new Columns<>(table, ForecastRow.class);
		columns.add(Messages.Forecast_columnGroup, 180, SWT.LEFT, ForecastRow::groupName,
				r -> r.groupName() == null ? "" : r.groupName().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
		columns.add(Messages.Forecast_columnPeriod, 100, SWT.LEFT,
				r -> formats.period(r.periodStart(), quarters()), ForecastRow::periodStart);
		columns.add(Messages.Forecast_columnQuota, 110, SWT.RIGHT, r -> amount(r.quota()), r -> zero(r.quota()));
		columns.add(Messages.Forecast_columnWon, 110, SWT.RIGHT, r -> amount(r.won()), r -> zero(r.won()));
		columns.add(Messages.Forecast_columnWeighted, 110, SWT.RIGHT, r -> amount(r.weighted()),
				r -> zero(r.weighted()));
		columns.add(Messages.Forecast_columnExpected, 110, SWT.RIGHT, r -> amount(r.expected()), ForecastRow::expected);
		columns.add(Messages.Forecast_columnPercent, 90, SWT.RIGHT, this::percentOfQuota,
				r -> ratio(r) == null ? -1.0 : ratio(r));
		table.getTable().getColumn(6).setToolTipText(Messages.Forecast_columnPercentHint);
		table.addSelectionChangedListener(e -> showChart());
	}

	private void createPerformance(Composite parent) {
		performance = Tables.create(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER, SalesIds.FORECAST_PERFORMANCE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(performance.getControl());
		Columns<RepPerformance> columns = new Columns<>(performance, RepPerformance.class);
		columns.add(Messages.Forecast_rep, 180, SWT.LEFT, RepPerformance::userName,
				r -> r.userName() == null ? "" : r.userName().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
		columns.add(Messages.Performance_won, 60, SWT.RIGHT, r -> Integer.toString(r.won()), RepPerformance::won);
		columns.add(Messages.Performance_lost, 60, SWT.RIGHT, r -> Integer.toString(r.lost()), RepPerformance::lost);
		columns.add(Messages.Performance_winRate, 80, SWT.RIGHT,
				r -> r.winRate() == null ? "\u2013" : formats.percent(r.winRate()), //$NON-NLS-1$
				r -> r.winRate() == null ? -1.0 : r.winRate());
		columns.add(Messages.Performance_cycle, 100, SWT.RIGHT,
				r -> r.averageCycleDays() == null ? "\u2013" //$NON-NLS-1$
						: formats.number(BigDecimal.valueOf(r.averageCycleDays()), 0),
				r -> r.averageCycleDays() == null ? -1.0 : r.averageCycleDays());
		columns.add(Messages.Performance_wonAmount, 120, SWT.RIGHT, r -> amount(r.wonAmount()),
				r -> zero(r.wonAmount()));
		columns.add(Messages.Performance_pipeline, 120, SWT.RIGHT, r -> amount(r.pipelineValue()),
				r -> zero(r.pipelineValue()));
		columns.add(TermLabels.format(Messages.Performance_openHeader), 60, SWT.RIGHT, r -> Integer.toString(r.openOpportunities()),
				RepPerformance::openOpportunities);
		columns.add(Messages.Performance_activities, 90, SWT.RIGHT, r -> Integer.toString(r.activitiesDone()),
				RepPerformance::activitiesDone);
		terms.bind(() -> performance.getTable().getColumn(7)
				.setText(TermLabels.format(Messages.Performance_openHeader)));
	}

	private boolean quarters() {
		return forecast != null ? forecast.period() == ForecastPeriod.QUARTER
				: period.getSelectionIndex() == ForecastPeriod.QUARTER.ordinal();
	}

	private String amount(BigDecimal value) {
		return formats.number(value == null ? BigDecimal.ZERO : value, 2);
	}

	private static BigDecimal zero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

	/** Expected over quota, {@code null} without a quota. */
	private static Double ratio(ForecastRow row) {
		if (row.quota() == null || row.quota().signum() <= 0) {
			return null;
		}
		return row.expected().divide(row.quota(), 4, RoundingMode.HALF_UP).doubleValue();
	}

	private String percentOfQuota(ForecastRow row) {
		Double ratio = ratio(row);
		return ratio == null ? "\u2013" : formats.percent(ratio); //$NON-NLS-1$
	}

	/** Reads the forecast and the reps' results again with the choices made above. */
	public void load() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		ForecastGrouping chosenGrouping = GROUPINGS[Math.max(0, grouping.getSelectionIndex())];
		ForecastPeriod chosenPeriod = PERIODS[Math.max(0, period.getSelectionIndex())];
		Range chosenRange = RANGES[Math.max(0, range.getSelectionIndex())];
		String code = CurrencyField.read(currency);
		String chosenCurrency = code.length() == 3 ? code : Formats.DEFAULT_CURRENCY;
		YearMonth now = YearMonth.now();
		YearMonth from = chosenRange.from(now);
		YearMonth to = chosenRange.to(now);
		int sequence = ++loads;
		status.setText(Messages.Common_loading);
		Background.read(Messages.Forecast_loadJob, table.getControl(), () -> new Loaded(
				SalesServices.forecasts().forecast(chosenGrouping, chosenPeriod, from, to, chosenCurrency),
				SalesServices.forecasts().performance(from, to, chosenCurrency)), loaded -> {
					if (sequence == loads) {
						show(loaded);
					}
				}, e -> status.setText(Failures.describe(e)));
	}

	private void show(Loaded loaded) {
		forecast = loaded.forecast();
		table.setInput(forecast.rows());
		performance.setInput(loaded.performance());
		String text = forecast.skippedOtherCurrency() == 0 ? "" //$NON-NLS-1$
				: TermLabels.format(Messages.Forecast_skipped, forecast.skippedOtherCurrency(), forecast.currency());
		status.setText(text);
		status.getParent().layout();
		showChart();
	}

	/** The chart follows the table: the selected row's group, or everyone. */
	private void showChart() {
		if (forecast == null) {
			return;
		}
		List<ForecastRow> rows = forecast.rows();
		String caption = Messages.format(Messages.Forecast_chartAll, label(forecast.grouping()), forecast.currency());
		if (table.getStructuredSelection().getFirstElement() instanceof ForecastRow selected) {
			rows = rows.stream().filter(r -> r.groupId() == selected.groupId()).toList();
			caption = Messages.format(Messages.Forecast_chartGroup, selected.groupName(), forecast.currency());
		}
		chart.show(forecast.periods(), rows, forecast.period() == ForecastPeriod.QUARTER, caption);
	}

	/** The rows shown now (UI thread), for tests. */
	public List<ForecastRow> rows() {
		return forecast == null ? List.of() : forecast.rows();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (changes != null) {
			changes.dispose();
		}
		terms.dispose();
		if (currency != null && !currency.isDisposed()) {
			currency.getDisplay().timerExec(-1, currencyLater);
		}
		super.dispose();
	}
}
