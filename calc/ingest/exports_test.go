package ingest

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

func readExport(t *testing.T, name string) (*Table, Mapping) {
	t.Helper()
	return readFixture(t, "exports/"+name)
}

// Each fixture imitates one export of EXPORTS.md, headers verbatim, with
// the mess real files have (testdata/exports/README.md says which is which).
func TestExportFixtures(t *testing.T) {
	for _, c := range []struct {
		file      string
		shape     Shape
		roles     map[Role]string // column headers of the detected roles
		adjust    func(*Mapping)
		start     string
		months    int
		rows      map[string]string
		notices   []string
		inclusive bool
	}{
		{
			file:  "stripe-subscriptions.csv",
			shape: Subscriptions,
			roles: map[Role]string{RoleCustomer: "Customer Name", RoleCustomerID: "Customer ID", RoleStartDate: "Start (UTC)",
				RoleEndDate: "Ended At (UTC)", RoleAmount: "Amount", RoleInterval: "Interval", RoleTrialEnd: "Trial End (UTC)",
				RoleSegment: "segment (metadata)"},
			start: "2024-01", months: 4,
			rows: map[string]string{
				"Acme Corp": "49.00 49.00 69.00 69.00", // a second subscription from March adds up
				"Bolt Ltd":  "99.00 99.00 0.00 0.00",   // ended 3 March: not active on 31 March
				"cus_PCask": "0.00 99.00 99.00 99.00",  // 1,188.00 a year; its name is a placeholder
				"Dune LLC":  "0.00 0.00 0.00 29.00",    // pays from its trial end, 15 April
				"Echo GmbH": "0.00 59.00 59.00 59.00",  // canceled at period end, not ended yet
			},
			notices: []string{
				"2 subscriptions, such as row 6, start paying at the end of their trial in column “Trial End (UTC)”.",
				"6 subscriptions with no end date, such as row 2, count as running through Apr 2024, the last month of the data.",
				"Customers are told apart by column “Customer ID”: 1 of them have no usable name in column “Customer Name” and are shown by their id, such as “cus_PCask”.",
			},
		},
		{
			file:  "baremetrics-import.csv",
			shape: Subscriptions,
			roles: map[Role]string{RoleCustomer: "customer_name", RoleCustomerID: "customer_oid", RoleStartDate: "subscription_started_at",
				RoleEndDate: "subscription_canceled_at", RoleAmount: "plan_amount", RoleInterval: "plan_interval",
				RoleIntervalCount: "plan_interval_count", RoleQuantity: "subscription_quantity", RoleCurrency: "plan_currency", RolePlan: "plan_name"},
			start: "2023-01", months: 14,
			rows: map[string]string{
				"Acme Corp": "29.00 29.00 29.00 29.00 29.00 29.00 29.00 58.00 58.00 58.00 58.00 58.00 58.00 58.00",
				"cust_002":  "0.00 100.00 100.00 100.00 100.00 100.00 100.00 100.00 100.00 100.00 100.00 100.00 100.00 0.00",
				"Bolt Ltd":  "0.00 0.00 45.00 45.00 45.00 45.00 45.00 45.00 0.00 0.00 0.00 0.00 0.00 0.00",             // 3 seats × 15.00
				"Cask Co":   "0.00 0.00 0.00 0.00 0.00 100.00 100.00 100.00 100.00 100.00 100.00 100.00 100.00 100.00", // 2,400.00 every 2 years
				"Echo Ltd":  "0.00 0.00 0.00 0.00 33.33 33.33 33.33 33.33 33.33 33.33 0.00 0.00 0.00 0.00",             // 100.00 every 3 months
			},
			notices: []string{
				"Amounts in column “plan_amount” are in cents and were divided by 100.",
				"The analysis is in USD: left out 1 row in another currency (EUR 25.00).",
				"3 subscriptions with no end date, such as row 2, count as running through Feb 2024, the last month of the data.",
				"Customers are told apart by column “customer_oid”: 1 of them have no usable name in column “customer_name” and are shown by their id, such as “cust_002”.",
			},
		},
		{
			file:  "analytics-subscriptions.csv",
			shape: Subscriptions,
			roles: map[Role]string{RoleCustomer: "account_id", RoleStartDate: "start_date", RoleEndDate: "end_date",
				RoleAmount: "mrr_amount", RoleTrial: "is_trial", RolePlan: "plan_tier"},
			start: "2023-01", months: 12,
			rows: map[string]string{
				"A-001": "500.00 500.00 1750.00 1750.00 1750.00 1750.00 1250.00 1250.00 1250.00 1250.00 1250.00 1250.00",
				"A-002": "0.00 99.00 99.00 99.00 99.00 99.00 99.00 99.00 99.00 99.00 99.00 0.00",
				"A-003": "0.00 0.00 0.00 0.00 250.00 250.00 250.00 250.00 250.00 250.00 250.00 250.00",
			},
			notices: []string{
				"Dates in column “start_date” were read day first (31/01/2024), as “15-01-2023” shows.",
				"Dates in column “end_date” were read day first (31/01/2024), as “15-07-2023” shows.",
				"Left out 1 trial row, row 5, worth $250.00.",
				"2 subscriptions with no end date, such as row 3, count as running through Dec 2023, the last month of the data.",
			},
		},
		{
			file:  "saasgrid-transactions.csv",
			shape: Subscriptions,
			roles: map[Role]string{RoleCustomer: "Customer ID", RoleRevenueType: "Revenue Type", RoleAmount: "Amount",
				RoleStartDate: "Start Date", RoleEndDate: "End Date"},
			inclusive: true,
			start:     "2024-01", months: 15,
			rows: map[string]string{
				"C-100": "1000.00 1000.00 1000.00 1000.00 1000.00 1000.00 1000.00 1000.00 1000.00 1000.00 1000.00 1000.00 0.00 0.00 0.00",
				"C-200": "0.00 500.00 500.00 500.00 500.00 500.00 500.00 650.00 650.00 650.00 650.00 650.00 650.00 0.00 0.00",
				"C-300": "0.00 0.00 500.00 500.00 500.00 500.00 500.00 500.00 500.00 500.00 500.00 500.00 500.00 500.00 0.00",
				"C-400": "0.00 0.00 0.00 0.00 1000.00 1000.00 1000.00 1000.00 1000.00 1000.00 1000.00 1000.00 1000.00 1000.00 1000.00",
			},
			notices: []string{
				"End dates in column “End Date” are read as the last day of service: a period ending 2024-12-31 includes December.",
				"Dates in column “Start Date” were read month first (01/31/2024), as “3/15/2024” shows.",
				"Dates in column “End Date” were read month first (01/31/2024), as “12/31/2024” shows.",
				"Left out 1 non-recurring row, row 3, worth $2,500.00.",
				"1 subscription with no end date, row 7, counts as running through Mar 2025, the last month of the data.",
			},
		},
		{
			file:  "xero-invoices.csv",
			shape: Invoices,
			roles: map[Role]string{RoleCustomer: "ContactName", RoleStartDate: "InvoiceDate", RoleAmount: "LineAmount", RoleCurrency: "Currency"},
			start: "2024-01", months: 3,
			rows: map[string]string{
				"Acme Ltd": "750.00 400.00 500.00", // two lines on INV-0001; a credit note of 100.00 in February
				"Bolt Ltd": "1998.00 1998.00 0.00", // a refund larger than March's charges
			},
			notices: []string{
				"9 invoice lines, such as row 2, have no service period and count in full in the month of their date in column “InvoiceDate”.",
				"Dates in column “InvoiceDate” were read day first (31/01/2024), as “15/01/2024” shows.",
				"The analysis is in NZD: left out 1 row in another currency (AUD 300.00).",
				"1 customer-month, “Bolt Ltd” in Mar 2024, had more credits than charges (−$2,500.00) and counts as no revenue.",
			},
		},
		{
			file:  "jurnal-sales-invoices.csv",
			shape: Invoices,
			roles: map[Role]string{RoleCustomer: "*Customer", RoleStartDate: "*Invoice Date", RoleAmount: "*Unit Price",
				RoleQuantity: "*Quantity", RolePlan: "*Product Name"},
			start: "2024-01", months: 3,
			rows: map[string]string{
				"PT Maju Jaya": "3500000.00 3000000.00 4500000.00", // 2 × 1.500.000 and a setup line; 3 users in March
				"CV Sentosa":   "750000.00 500000.00 0.00",         // a loyalty discount line of -250.000
				"Toko Sinar":   "0.00 750000.00 0.00",
			},
			notices: []string{
				"8 invoice lines, such as row 2, have no service period and count in full in the month of their date in column “*Invoice Date”.",
				"Dates in column “*Invoice Date” were read day first (31/01/2024), as “15/01/2024” shows.",
				"5 values were read with the dot grouping thousands, such as “500.000” in row 3, column “*Unit Price”.",
			},
		},
		{
			file:  "chartmogul-line-items.csv",
			shape: Invoices,
			roles: map[Role]string{RoleCustomer: "customer_external_id", RoleStartDate: "service_period_start", RoleEndDate: "service_period_end",
				RoleAmount: "amount_in_cents", RoleCurrency: "currency", RoleRevenueType: "type"},
			start: "2024-01", months: 13,
			rows: map[string]string{
				// 1,200.00 over a year, less a refund of 300.00 over June to December.
				"cus_001": "100.00 100.00 100.00 100.00 100.00 57.14 57.15 57.14 57.14 57.14 57.15 57.14 0.00",
				// Whole months from the 15th; a proration within March.
				"cus_002": "49.00 49.00 119.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00",
				// 10 April to 20 May: 21 days and 19 days.
				"cus_004": "0.00 0.00 0.00 21.00 19.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00",
			},
			notices: []string{
				"Amounts in column “amount_in_cents” are in cents and were divided by 100.",
				"The analysis is in USD: left out 1 row in another currency (GBP 39.00).",
				"Left out 1 non-recurring row, row 3, worth $250.00.",
			},
		},
		{
			file:  "licence-lines.csv",
			shape: Invoices,
			roles: map[Role]string{RoleCustomer: "Customer", RoleStartDate: "ValidFrom", RoleEndDate: "ValidTo", RoleAmount: "Amount",
				RoleCurrency: "currency", RolePlan: "Product"},
			inclusive: true,
			start:     "2024-01", months: 20,
			rows: map[string]string{
				"Nordwind AB": "100.00 100.00 100.00 100.00 100.00 100.00 150.00 150.00 150.00 150.00 150.00 150.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00",
				"Oak GmbH":    "0.00 150.00 150.00 150.00 150.00 0.00 150.00 150.00 150.00 150.00 150.00 150.00 150.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00",
				"Pine SA":     "0.00 0.00 0.00 0.00 50.00 50.00 50.00 50.00 50.00 50.00 50.00 50.00 50.00 50.00 50.00 50.00 0.00 0.00 0.00 0.00",
			},
			notices: []string{
				"End dates in column “ValidTo” are read as the last day of service: a period ending 2024-12-31 includes December.",
				"Dates in column “ValidFrom” such as “01.07.2024” could be read either way and were read day first (31/01/2024); choose month first if they were written in the US style.",
				"Dates in column “ValidTo” were read day first (31/01/2024), as “31.12.2024” shows.",
				"The analysis is in EUR: left out 2 rows in other currencies (NOK 12000.00, USD 2400.00).",
			},
		},
		{
			file:  "langganan-indonesia.tsv",
			shape: Subscriptions,
			roles: map[Role]string{RoleCustomer: "Pelanggan", RoleStartDate: "Tanggal Mulai", RoleEndDate: "Tanggal Berakhir",
				RoleAmount: "Harga", RoleInterval: "Periode Tagihan", RolePlan: "Paket"},
			start: "2024-01", months: 8,
			rows: map[string]string{
				"PT Maju Jaya": "1500000.00 1500000.00 1500000.00 1500000.00 1500000.00 1500000.00 1500000.00 1500000.00",
				"CV Sentosa":   "0.00 750000.00 750000.00 750000.00 0.00 0.00 0.00 0.00",
				"Toko Sinar":   "0.00 0.00 1000000.00 1000000.00 1000000.00 1000000.00 1000000.00 1000000.00",
				"PT Nusantara": "0.00 0.00 0.00 0.00 0.00 0.00 0.00 1500000.00",
			},
			notices: []string{
				"Left out 1 total line with no start date: row 6 (“Jumlah”).",
				"1 value was read with the dot grouping thousands: “Rp 750.000” in row 3, column “Harga”.",
				"3 subscriptions with no end date, such as row 2, count as running through Aug 2024, the last month of the data.",
			},
		},
		{
			file:   "langganan-malaysia.csv",
			shape:  Subscriptions,
			adjust: func(m *Mapping) { m.SkipBadRows = true },
			roles: map[Role]string{RoleCustomer: "Nama Syarikat", RoleStartDate: "Tarikh Mula", RoleEndDate: "Tarikh Tamat",
				RoleAmount: "Jumlah (RM)", RoleInterval: "Tempoh Bil", RoleCurrency: "Mata Wang", RolePlan: "Pelan"},
			inclusive: true,
			start:     "2024-01", months: 8,
			rows: map[string]string{
				"Syarikat Maju Sdn Bhd": "100.00 100.00 100.00 0.00 0.00 0.00 0.00 0.00",
				"Kedai Runcit Ali":      "0.00 99.00 99.00 99.00 99.00 99.00 99.00 99.00",
				"Teknologi Hijau Bhd":   "0.00 0.00 0.00 0.00 0.00 0.00 0.00 200.00",
			},
			notices: []string{
				"End dates in column “Tarikh Tamat” are read as the last day of service: a period ending 2024-12-31 includes December.",
				"Left out 1 row that could not be read; the amounts that could be read in it add up to $99.00.",
				"2 subscriptions with no end date, such as row 3, count as running through Aug 2024, the last month of the data.",
			},
		},
	} {
		t.Run(c.file, func(t *testing.T) {
			tab, m := readExport(t, c.file)
			if m.Shape != c.shape || m.EndInclusive != c.inclusive {
				t.Fatalf("shape %d, end inclusive %v; want %d, %v", m.Shape, m.EndInclusive, c.shape, c.inclusive)
			}
			for col := 0; col < tab.Columns; col++ {
				r := m.Role(col)
				want, mapped := c.roles[r]
				if r != RoleIgnored && (!mapped || tab.ColumnName(m, col) != want) {
					t.Errorf("column %s is %s", tab.ColumnName(m, col), r)
				}
			}
			for r, head := range c.roles {
				if f := m.field(r); f == nil || *f < 0 || tab.ColumnName(m, *f) != head {
					t.Errorf("%s: want column %s", r, head)
				}
			}
			if c.adjust != nil {
				c.adjust(&m)
			}
			s, rep := tab.ReadSeries(m)
			if s == nil {
				t.Fatalf("no series: %v", rep.Errors)
			}
			if err := s.Validate(); err != nil {
				t.Fatal(err)
			}
			if s.Start.String() != c.start || s.Months != c.months || len(s.Customers) != len(c.rows) {
				t.Errorf("series from %s, %d months, customers %q", s.Start, s.Months, s.Customers)
			}
			for customer, want := range c.rows {
				if got := rowOf(t, s, customer); got != want {
					t.Errorf("%s: %s\n want %s", customer, got, want)
				}
			}
			if !reflect.DeepEqual(rep.NoticesIn(lang.Printer{}), c.notices) {
				t.Errorf("notices:\n %s\nwant:\n %s", strings.Join(rep.NoticesIn(lang.Printer{}), "\n "), strings.Join(c.notices, "\n "))
			}
		})
	}
}

// A row whose only name is a placeholder cannot be read: without an id
// there is no telling whose it is.
func TestPlaceholderNameWithoutAnID(t *testing.T) {
	tab, m := readExport(t, "langganan-malaysia.csv")
	s, rep := tab.ReadSeries(m)
	if s != nil || len(rep.Errors) != 1 {
		t.Fatalf("series %v, errors %v", s, rep.Errors)
	}
	if got := rep.Errors[0].Error(); got != "Row 5, column “Nama Syarikat”: “Tiada” cannot be read. Expected a customer name." {
		t.Errorf("error %s", got)
	}
}

// Stripe's older exports name the start column "Start Date (UTC)".
func TestStripeOlderStartHeader(t *testing.T) {
	data, err := os.ReadFile("testdata/exports/stripe-subscriptions.csv")
	if err != nil {
		t.Fatal(err)
	}
	read := func(data []byte) *monthly.Series {
		tab, err := ReadTable(data)
		if err != nil {
			t.Fatal(err)
		}
		m, err := tab.Detect()
		if err != nil || m.Shape != Subscriptions || tab.ColumnName(m, m.StartDate) == "Created (UTC)" {
			t.Fatalf("mapping %+v, %v", m, err)
		}
		s, rep := tab.ReadSeries(m)
		return mustSeries(t, s, rep)
	}
	older := []byte(strings.Replace(string(data), ",Start (UTC),", ",Start Date (UTC),", 1))
	if string(older) == string(data) {
		t.Fatal("header not replaced")
	}
	if a, b := read(data), read(older); !reflect.DeepEqual(a, b) {
		t.Errorf("older header reads differently:\n%+v\n%+v", a, b)
	}
}

// Detect leaves tables of other shapes to the shapes they were before.
func TestDetectLeavesOtherShapes(t *testing.T) {
	for _, c := range []struct {
		scenario, text string
		shape          Shape
	}{
		{"per customer with Start and End ARR", "Customer,Start,End\nAcme,45000,52000\nBolt,30000,0\n", PerCustomer},
		{"long with an invoice id and a period", "invoice_id,customer,period,mrr\nINV-1,Acme,2024-01-31,100\n", Long},
		{"wide", "Customer,Jan 2024,Feb 2024\nAcme,1,2\n", Wide},
		{"subscriptions", "customer,start_date,end_date,amount\nAcme,2024-01-01,,10\n", Subscriptions},
		{"serial dates under date headers", "customer,start_date,end_date,amount\nAcme,45292,45352,10\n", Subscriptions},
		{"invoice lines", "invoice,customer,service_period_start,service_period_end,amount\nINV-1,Acme,2024-01-01,2024-02-01,10\n", Invoices},
		{"invoices with only a date", "Invoice Number,Customer,Invoice Date,Amount\nINV-1,Acme,31/01/2024,10\n", Invoices},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			tab, err := ReadTable([]byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			m, err := tab.Detect()
			if err != nil || m.Shape != c.shape {
				t.Fatalf("shape %d, %v; want %d", m.Shape, err, c.shape)
			}
		})
	}
}

func TestNormalizeHeader(t *testing.T) {
	for _, c := range []struct{ header, want string }{
		{"Start (UTC)", "start"},
		{"Start Date (UTC)", "start date"},
		{"*Invoice Date", "invoice date"},
		{"InvoiceDate", "invoice date"},
		{"ValidFrom", "valid from"},
		{"POAddressLine1", "po address line1"},
		{"plan_interval_count", "plan interval count"},
		{"#currency code(example: IDR, USD, CAD)", "currency code"},
		{"  Tanggal  Mulai ", "tanggal mulai"},
		{"MRR", "mrr"},
	} {
		if got := normalizeHeader(c.header); got != c.want {
			t.Errorf("normalizeHeader(%q) = %q, want %q", c.header, got, c.want)
		}
	}
}
