package org.vinculo.sales.ui.internal.preferences;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.vinculo.sales.PriceList;
import org.vinculo.sales.Product;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.Cells;
import org.vinculo.sales.ui.internal.Columns;
import org.vinculo.sales.ui.internal.Failures;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.sales.ui.internal.Tables;
import org.vinculo.ui.WidgetIds;

/**
 * Sales > Products: the products (code, name, list price, tax rate, active),
 * and price lists with a price per product. Cells are edited in place; Apply
 * or OK saves what changed.
 */
public final class ProductsPreferencePage extends AdminPage {

	/** A product as edited. */
	private static final class ProductRow extends Edited {
		String code;
		BigDecimal listPrice;
		BigDecimal taxRate;
		boolean active;

		static ProductRow of(Product product) {
			ProductRow row = new ProductRow(product.id(), product.version(), product.name());
			row.code = product.code();
			row.listPrice = product.listPrice();
			row.taxRate = product.taxRate();
			row.active = product.active();
			return row;
		}

		ProductRow(Long id, long version, String name) {
			super(id, version, name);
		}

		Product toProduct() {
			return new Product(id, code, name, listPrice == null ? BigDecimal.ZERO : listPrice,
					taxRate == null ? BigDecimal.ZERO : taxRate, active, version);
		}
	}

	/** A price list as edited. */
	private static final class PriceListRow extends Edited {
		String currency;
		final Map<Long, BigDecimal> prices = new HashMap<>();

		static PriceListRow of(PriceList list) {
			PriceListRow row = new PriceListRow(list.id(), list.version(), list.name());
			row.currency = list.currency();
			row.prices.putAll(list.prices());
			return row;
		}

		PriceListRow(Long id, long version, String name) {
			super(id, version, name);
		}

		PriceList toPriceList() {
			return new PriceList(id, name, currency, prices, version);
		}
	}

	/** One product's price in the selected price list. */
	private record PriceRow(PriceListRow list, ProductRow product) {
	}

	private final Formats formats = Formats.user();
	private final List<ProductRow> productRows = new ArrayList<>();
	private final List<PriceListRow> listRows = new ArrayList<>();
	private TableViewer products;
	private TableViewer lists;
	private TableViewer prices;
	private Label pricesLabel;

	/** What the page shows, read in one job. */
	private record Loaded(List<Product> products, List<PriceList> lists) {
	}

	@Override
	protected Control createContents(Composite parent) {
		TabFolder folder = new TabFolder(parent, SWT.TOP);
		tab(folder, Messages.Products_tab, this::createProducts);
		tab(folder, Messages.PriceLists_tab, this::createPriceLists);
		load();
		return folder;
	}

	private Control createProducts(Composite parent) {
		Composite client = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(client);
		products = editableTable(client, SalesIds.PRODUCTS_TABLE);
		Columns<ProductRow> columns = new Columns<>(products, ProductRow.class);
		Runnable changed = () -> {
			ProductRow row = (ProductRow) products.getStructuredSelection().getFirstElement();
			if (row != null) {
				row.modified = true;
			}
		};
		columns.add(Messages.Products_code, 90, p -> p.code)
				.setEditingSupport(Cells.text(products, ProductRow.class, p -> p.code, (p, v) -> {
					p.code = v.strip();
					p.modified = true;
				}, changed));
		columns.add(Messages.Products_name, 200, p -> p.name)
				.setEditingSupport(Cells.text(products, ProductRow.class, p -> p.name, (p, v) -> {
					p.name = v.strip();
					p.modified = true;
				}, changed));
		columns.add(Messages.Products_listPrice, 100, SWT.RIGHT, p -> formats.plain(p.listPrice))
				.setEditingSupport(number(products, ProductRow.class, p -> p.listPrice, (p, v) -> {
					p.listPrice = v;
					p.modified = true;
				}));
		columns.add(Messages.Products_taxRate, 80, SWT.RIGHT, p -> formats.plain(p.taxRate))
				.setEditingSupport(number(products, ProductRow.class, p -> p.taxRate, (p, v) -> {
					p.taxRate = v;
					p.modified = true;
				}));
		columns.add(Messages.Products_active, 70, p -> p.active ? Messages.Common_yes : Messages.Common_no)
				.setEditingSupport(Cells.choice(products, ProductRow.class,
						() -> new String[] { Messages.Common_yes, Messages.Common_no }, p -> p.active ? 0 : 1,
						(p, i) -> {
							p.active = i == 0;
							p.modified = true;
						}, changed));
		Button add = WidgetIds.tag(new Button(client, SWT.PUSH), SalesIds.PRODUCTS_ADD);
		add.setText(Messages.Products_add);
		add.addListener(SWT.Selection, e -> {
			ProductRow row = new ProductRow(null, 0, Messages.Products_newProduct);
			row.code = ""; //$NON-NLS-1$
			row.listPrice = BigDecimal.ZERO;
			row.taxRate = BigDecimal.ZERO;
			row.active = true;
			row.modified = true;
			productRows.add(row);
			products.refresh();
			products.setSelection(new StructuredSelection(row), true);
			products.editElement(row, 0);
		});
		return client;
	}

	private Control createPriceLists(Composite parent) {
		Composite client = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(client);
		Composite left = listColumn(client, SWT.DEFAULT);
		lists = editableTable(left, SalesIds.PRICE_LISTS_TABLE);
		GridDataFactory.fillDefaults().grab(true, true).hint(220, 200).applyTo(lists.getControl());
		Columns<PriceListRow> columns = new Columns<>(lists, PriceListRow.class);
		columns.add(Messages.PriceLists_name, 140, l -> l.name)
				.setEditingSupport(Cells.text(lists, PriceListRow.class, l -> l.name, (l, v) -> {
					l.name = v.strip();
					l.modified = true;
				}, () -> {
				}));
		columns.add(Messages.Column_currency, 70, l -> l.currency)
				.setEditingSupport(Cells.text(lists, PriceListRow.class, l -> l.currency, (l, v) -> {
					l.currency = v.strip().toUpperCase(java.util.Locale.ROOT);
					l.modified = true;
				}, () -> {
				}));
		lists.addSelectionChangedListener(e -> showPrices());
		Button add = WidgetIds.tag(new Button(left, SWT.PUSH), SalesIds.PRICE_LISTS_ADD);
		add.setText(Messages.PriceLists_add);
		add.addListener(SWT.Selection, e -> {
			PriceListRow row = new PriceListRow(null, 0, Messages.PriceLists_newList);
			row.currency = Formats.DEFAULT_CURRENCY;
			row.modified = true;
			listRows.add(row);
			lists.refresh();
			lists.setSelection(new StructuredSelection(row), true);
			lists.editElement(row, 0);
		});

		Composite right = new Composite(client, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(right);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
		pricesLabel = new Label(right, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pricesLabel);
		prices = editableTable(right, SalesIds.PRICES_TABLE);
		Columns<PriceRow> priceColumns = new Columns<>(prices, PriceRow.class);
		priceColumns.add(Messages.Products_name, 180, r -> r.product().name);
		priceColumns.add(Messages.PriceLists_price, 100, SWT.RIGHT,
				r -> formats.plain(r.list().prices.get(r.product().id)))
				.setEditingSupport(number(prices, PriceRow.class, r -> r.list().prices.get(r.product().id),
						(r, v) -> {
							if (v == null) {
								r.list().prices.remove(r.product().id);
							} else {
								r.list().prices.put(r.product().id, v);
							}
							r.list().modified = true;
						}));
		return client;
	}

	private static TableViewer editableTable(Composite parent, String id) {
		TableViewer viewer = Tables.editable(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER, id);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(viewer.getControl());
		return viewer;
	}

	/** A number cell; blank stores {@code null}, anything unreadable is refused with a message. */
	private <T> org.eclipse.jface.viewers.EditingSupport number(TableViewer viewer, Class<T> type,
			java.util.function.Function<T, BigDecimal> get, BiConsumer<T, BigDecimal> set) {
		return Cells.text(viewer, type, r -> formats.plain(get.apply(r)), (r, text) -> {
			try {
				set.accept(r, formats.parse(text));
				setErrorMessage(null);
			} catch (NumberFormatException e) {
				setErrorMessage(Messages.format(Messages.Quotas_invalid, text));
			}
		}, () -> {
		});
	}

	/** The prices of the selected list, one row per product that has an id (saved products). */
	private void showPrices() {
		PriceListRow list = (PriceListRow) lists.getStructuredSelection().getFirstElement();
		List<PriceRow> rows = new ArrayList<>();
		if (list != null) {
			for (ProductRow product : productRows) {
				if (product.id != null) {
					rows.add(new PriceRow(list, product));
				}
			}
		}
		pricesLabel.setText(list == null ? Messages.PriceLists_choose
				: Messages.format(Messages.PriceLists_pricesOf, list.name, list.currency));
		pricesLabel.getParent().layout();
		prices.setInput(rows);
	}

	@Override
	protected void load() {
		Background.read(Messages.Products_loadJob, products.getControl(),
				() -> new Loaded(SalesServices.documents().products(true), SalesServices.documents().priceLists()),
				loaded -> {
					productRows.clear();
					loaded.products().forEach(p -> productRows.add(ProductRow.of(p)));
					listRows.clear();
					loaded.lists().forEach(l -> listRows.add(PriceListRow.of(l)));
					products.setInput(productRows);
					lists.setInput(listRows);
					if (!listRows.isEmpty()) {
						lists.setSelection(new StructuredSelection(listRows.get(0)), true);
					}
					showPrices();
				}, e -> setErrorMessage(Failures.describe(e)));
	}

	@Override
	public boolean performOk() {
		try {
			for (int i = 0; i < productRows.size(); i++) {
				ProductRow row = productRows.get(i);
				if (row.modified) {
					Product saved = write(() -> SalesServices.documents().saveProduct(row.toProduct()));
					productRows.set(i, ProductRow.of(saved));
				}
			}
			for (int i = 0; i < listRows.size(); i++) {
				PriceListRow row = listRows.get(i);
				if (row.modified) {
					PriceList saved = write(() -> SalesServices.documents().savePriceList(row.toPriceList()));
					listRows.set(i, PriceListRow.of(saved));
				}
			}
		} catch (RuntimeException e) {
			setErrorMessage(Failures.describe(e).replace('\n', ' '));
			products.refresh();
			lists.refresh();
			return false;
		}
		setErrorMessage(null);
		products.refresh();
		lists.refresh();
		showPrices();
		return true;
	}
}
