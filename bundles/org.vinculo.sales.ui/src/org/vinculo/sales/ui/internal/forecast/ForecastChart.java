package org.vinculo.sales.ui.internal.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.vinculo.sales.ForecastRow;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;

/**
 * The forecast as bars, one slot per period: the quota as an outline, what was
 * won as a solid bar and the weighted open pipeline stacked on it in a lighter
 * shade, so a glance shows whether the period will make its quota.
 */
final class ForecastChart {

	private static final Color QUOTA = new Color(0x44, 0x4b, 0x55);
	private static final Color WON = new Color(0x1f, 0x6f, 0xb5);
	private static final Color WEIGHTED = new Color(0x9d, 0xc3, 0xe6);
	private static final Color GRID = new Color(0xe3, 0xe6, 0xea);
	private static final int TICKS = 5;

	/** One slot of the chart: the sums of the rows shown for one period. */
	record Bar(YearMonth period, double quota, double won, double weighted) {
	}

	private final Canvas canvas;
	private final Formats formats;
	private List<Bar> bars = List.of();
	private boolean quarters;
	private String caption = ""; //$NON-NLS-1$

	ForecastChart(Composite parent, Formats formats) {
		this.formats = formats;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
	}

	Canvas control() {
		return canvas;
	}

	List<Bar> bars() {
		return bars;
	}

	/** Sums {@code rows} per period, in the order of {@code periods}, and draws them under {@code title}. */
	void show(List<YearMonth> periods, List<ForecastRow> rows, boolean byQuarter, String title) {
		Map<YearMonth, double[]> sums = new LinkedHashMap<>();
		periods.forEach(p -> sums.put(p, new double[3]));
		for (ForecastRow row : rows) {
			double[] sum = sums.computeIfAbsent(row.periodStart(), p -> new double[3]);
			sum[0] += value(row.quota());
			sum[1] += value(row.won());
			sum[2] += value(row.weighted());
		}
		List<Bar> result = new ArrayList<>();
		sums.forEach((period, sum) -> result.add(new Bar(period, sum[0], sum[1], sum[2])));
		bars = result;
		quarters = byQuarter;
		caption = title == null ? "" : title; //$NON-NLS-1$
		canvas.redraw();
	}

	private static double value(BigDecimal amount) {
		return amount == null ? 0 : amount.doubleValue();
	}

	private void paint(Event e) {
		GC gc = e.gc;
		gc.setAntialias(SWT.ON);
		Rectangle area = canvas.getClientArea();
		int line = gc.getFontMetrics().getHeight();
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		gc.drawString(caption, 8, 4, true);
		if (bars.isEmpty()) {
			String none = Messages.Forecast_noData;
			Point size = gc.textExtent(none);
			gc.drawString(none, (area.width - size.x) / 2, (area.height - size.y) / 2, true);
			return;
		}
		int legendHeight = line + 8;
		int axisWidth = gc.textExtent("000.0M").x + 12; //$NON-NLS-1$
		int top = line + 12 + legendHeight;
		int bottom = area.height - line - 10;
		int left = axisWidth;
		int right = area.width - 12;
		if (bottom - top < 20 || right - left < 20) {
			return;
		}
		drawLegend(gc, right, line + 8);

		double max = 0;
		for (Bar bar : bars) {
			max = Math.max(max, Math.max(bar.quota(), bar.won() + bar.weighted()));
		}
		double scaleMax = niceCeiling(max <= 0 ? 1 : max * 1.05);

		// axis and grid lines with their amounts
		for (int i = 0; i <= TICKS; i++) {
			double value = scaleMax * i / TICKS;
			int y = bottom - (int) Math.round((bottom - top) * (value / scaleMax));
			gc.setForeground(GRID);
			gc.drawLine(left, y, right, y);
			String label = formats.compact(value);
			gc.setForeground(QUOTA);
			gc.drawString(label, left - gc.textExtent(label).x - 6, y - line / 2, true);
		}
		gc.setForeground(QUOTA);
		gc.drawLine(left, top, left, bottom);
		gc.drawLine(left, bottom, right, bottom);

		int slot = (right - left) / bars.size();
		int barWidth = Math.max(4, slot * 3 / 5);
		int widestLabel = 0;
		for (Bar bar : bars) {
			widestLabel = Math.max(widestLabel, gc.textExtent(formats.period(bar.period(), quarters)).x + 6);
		}
		// with many narrow slots, label every second or third period so the labels do not overlap
		int labelEvery = Math.max(1, (widestLabel + slot - 1) / Math.max(1, slot));
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int x = left + i * slot + (slot - barWidth) / 2;
			int wonTop = y(bar.won(), scaleMax, top, bottom);
			int weightedTop = y(bar.won() + bar.weighted(), scaleMax, top, bottom);
			gc.setBackground(WON);
			gc.fillRectangle(x + 3, wonTop, barWidth - 6, bottom - wonTop);
			gc.setBackground(WEIGHTED);
			gc.fillRectangle(x + 3, weightedTop, barWidth - 6, wonTop - weightedTop);
			if (bar.quota() > 0) {
				int quotaTop = y(bar.quota(), scaleMax, top, bottom);
				gc.setForeground(QUOTA);
				gc.setLineWidth(2);
				gc.drawRectangle(x, quotaTop, barWidth, bottom - quotaTop);
				gc.setLineWidth(1);
			}
			String label = formats.period(bar.period(), quarters);
			int labelWidth = gc.textExtent(label).x;
			if (i % labelEvery == 0) {
				gc.setForeground(QUOTA);
				gc.drawString(label, left + i * slot + (slot - labelWidth) / 2, bottom + 4, true);
			}
		}
	}

	private static int y(double value, double scaleMax, int top, int bottom) {
		return bottom - (int) Math.round((bottom - top) * Math.min(1, value / scaleMax));
	}

	private void drawLegend(GC gc, int right, int y) {
		String[] labels = { Messages.Forecast_legendQuota, Messages.Forecast_legendWon, Messages.Forecast_legendWeighted };
		int box = gc.getFontMetrics().getHeight() - 4;
		int x = right;
		for (int i = labels.length - 1; i >= 0; i--) {
			x -= gc.textExtent(labels[i]).x;
			gc.setForeground(QUOTA);
			gc.drawString(labels[i], x, y, true);
			x -= box + 6;
			if (i == 0) {
				gc.setLineWidth(2);
				gc.drawRectangle(x, y + 2, box, box);
				gc.setLineWidth(1);
			} else {
				gc.setBackground(i == 1 ? WON : WEIGHTED);
				gc.fillRectangle(x, y + 2, box, box);
			}
			x -= 16;
		}
	}

	/** 1, 2, 2.5 or 5 times a power of ten, at least {@code value}: round axis labels. */
	static double niceCeiling(double value) {
		double power = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (step * power >= value) {
				return step * power;
			}
		}
		return 10 * power;
	}
}
