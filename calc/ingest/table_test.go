package ingest

import (
	"os"
	"strings"
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

func readFixture(t *testing.T, name string) (*Table, Mapping) {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadTable(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	m, err := tab.Detect()
	if err != nil {
		t.Fatalf("%s: detect: %v", name, err)
	}
	return tab, m
}

func hasNotice(rep Report, part string) bool {
	for _, n := range rep.NoticesIn(lang.Printer{}) {
		if strings.Contains(n, part) {
			return true
		}
	}
	return false
}

func checkAccounts(t *testing.T, got []calc.Account, want []calc.Account) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d accounts, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("account %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestFixtureExcelTSVInDollars(t *testing.T) {
	tab, m := readFixture(t, "excel-usd.tsv")
	if m.Shape != PerCustomer || !m.Header || m.Customer != 0 || m.Start != 2 || m.End != 3 || m.Segment != 1 || tab.Delimiter != '\t' || tab.Columns != 4 {
		t.Fatalf("mapping %+v, delimiter %q, columns %d", m, tab.Delimiter, tab.Columns)
	}
	accounts, rep := tab.Accounts(m)
	if !rep.OK() {
		t.Fatalf("errors: %v", rep.Errors)
	}
	checkAccounts(t, accounts, []calc.Account{
		{Customer: "Acme Corp", Segment: "Enterprise", Start: 1_234_56, End: 1_500_00},
		{Customer: "Bolt Ltd", Segment: "SMB", Start: 12_000_00, End: 0},
		{Customer: "Cask Inc", Segment: "Mid-market", Start: 5_000_00, End: 4_250_50},
		{Customer: "Dune LLC", Segment: "SMB", Start: 0, End: 2_000_00},
	})
	if !hasNotice(rep, "Left out 1 total row whose figures are the sums of the rows above it: row 7 (“Total”).") {
		t.Errorf("notices %q: want the total row left out, with its line", rep.NoticesIn(lang.Printer{}))
	}
	if d := english(tab.Describe(m)); len(d) != 4 || d[1] != "ARR at start: column “ARR 2023”" {
		t.Errorf("description %q", d)
	}
	// The bridge of these rows reconciles.
	b, err := calc.NewBridge(accounts, calc.BridgeOptions{})
	if err != nil || b.Start+b.Expansion-b.Contraction-b.Churn+b.New != b.End || b.End != 7_750_50 {
		t.Errorf("bridge %+v, %v", b, err)
	}
}

func TestFixtureGoogleSheetsIndonesian(t *testing.T) {
	tab, m := readFixture(t, "sheets-indonesian.tsv")
	if m.Shape != PerCustomer || m.Start != 1 || m.End != 2 {
		t.Fatalf("mapping %+v", m)
	}
	accounts, rep := tab.Accounts(m)
	if !rep.OK() {
		t.Fatalf("errors: %v", rep.Errors)
	}
	checkAccounts(t, accounts, []calc.Account{
		{Customer: "PT Maju Jaya", Start: 1_234_567_89, End: 1_500_000_00},
		{Customer: "CV Sentosa", Start: 15_000_000_00, End: 12_500_000_00},
		{Customer: "PT Nusantara", Start: 2_500_000_000_00, End: 3_000_000_000_00},
		{Customer: "Toko Sinar", Start: 1_200_00, End: 0},
	})
	if !hasNotice(rep, "Jumlah") {
		t.Errorf("notices %q: want the Jumlah row left out", rep.NoticesIn(lang.Printer{}))
	}
	if !hasNotice(rep, "1 value was read with the dot grouping thousands: “Rp 1.200” in row 5, column “ARR Awal”.") {
		t.Errorf("notices %q: want the ambiguous Rp 1.200 explained", rep.NoticesIn(lang.Printer{}))
	}
}

func TestFixtureEuropeanSemicolonCSV(t *testing.T) {
	tab, m := readFixture(t, "european-semicolon.csv")
	if tab.Delimiter != ';' || m.Shape != PerCustomer || m.Segment != 3 {
		t.Fatalf("delimiter %q, mapping %+v", tab.Delimiter, m)
	}
	accounts, rep := tab.Accounts(m)
	if !rep.OK() {
		t.Fatalf("errors: %v", rep.Errors)
	}
	checkAccounts(t, accounts, []calc.Account{
		{Customer: "Müller GmbH", Segment: "Mid-market", Start: 1_234_56, End: 2_000_00},
		{Customer: "Dupont; Fils SA", Segment: "SMB", Start: 10_000_00, End: 9_500_50},
		{Customer: `"Quoted" Ltd`, Segment: "SMB", Start: 500_00, End: 0},
	})
}

func TestFixtureBillingExportLong(t *testing.T) {
	tab, m := readFixture(t, "billing-long.csv")
	if m.Shape != Long || m.Customer != 1 || m.Month != 2 || m.Amount != 3 || m.Unit != monthly.MRR {
		t.Fatalf("mapping %+v", m)
	}
	s, rep := tab.Series(m)
	if !rep.OK() {
		t.Fatalf("errors: %v", rep.Errors)
	}
	if s.Start != monthly.MonthOf(2024, 1) || s.Months != 3 || strings.Join(s.Customers, "|") != "Acme, Inc.|Bolt|Cask" {
		t.Fatalf("series %+v", s)
	}
	want := []calc.Money{1_200_00, 1_250_00, 1_250_00, 300_00, 0, 300_00, 0, 0, 100_00}
	for i, w := range want {
		if s.Amounts[i] != w {
			t.Errorf("amount %d = %v, want %v", i, s.Amounts[i], w)
		}
	}
	if !hasNotice(rep, "added together") {
		t.Errorf("notices %q: want Cask's two March rows summed", rep.NoticesIn(lang.Printer{}))
	}
}

func TestFixtureWideSheetMalayMonthsWithTotal(t *testing.T) {
	tab, m := readFixture(t, "wide-malay.tsv")
	if m.Shape != Wide || len(m.Months) != 12 || m.Months[0].Month != monthly.MonthOf(2024, 1) || m.Months[11].Month != monthly.MonthOf(2024, 12) {
		t.Fatalf("mapping %+v", m)
	}
	s, rep := tab.Series(m)
	if !rep.OK() {
		t.Fatalf("errors: %v", rep.Errors)
	}
	if len(s.Customers) != 3 || s.Months != 12 || s.Unit != monthly.MRR {
		t.Fatalf("series %+v", s)
	}
	for _, c := range []struct {
		customer, month int
		want            calc.Money
	}{{0, 0, 1_000_00}, {0, 6, 1_200_00}, {1, 2, 500_00}, {1, 3, 0}, {2, 3, 0}, {2, 4, 2_500_00}, {2, 11, 2_500_00}} {
		if got := s.Amount(c.customer, c.month); got != c.want {
			t.Errorf("%s in month %d = %v, want %v", s.Customers[c.customer], c.month, got, c.want)
		}
	}
	if !hasNotice(rep, "Jumlah") {
		t.Errorf("notices %q: want the Jumlah row left out", rep.NoticesIn(lang.Printer{}))
	}
}

func TestReadTableHandlesWhatPastesContain(t *testing.T) {
	for _, c := range []struct {
		scenario string
		text     string
		rows     [][]string
	}{
		{"BOM and CRLF", "\ufeffa,b\r\n1,2\r\n", [][]string{{"a", "b"}, {"1", "2"}}},
		{"CR only", "a;b\r1;2", [][]string{{"a", "b"}, {"1", "2"}}},
		{"blank lines", "a\tb\n\n\t\n1\t2\n\n", [][]string{{"a", "b"}, {"1", "2"}}},
		{"ragged rows", "a,b,c\n1\n2,3", [][]string{{"a", "b", "c"}, {"1", "", ""}, {"2", "3", ""}}},
		{"trailing empty columns", "a,b,,\n1,2,,\n", [][]string{{"a", "b"}, {"1", "2"}}},
		{"quotes with delimiters, quotes and newlines", "name,note\n\"A, B\",\"say \"\"hi\"\"\nthere\"\n", [][]string{{"name", "note"}, {"A, B", "say \"hi\"\nthere"}}},
		{"semicolons beat decimal commas", "x;y\n1,5;2,5\n3,5;4,5\n", [][]string{{"x", "y"}, {"1,5", "2,5"}, {"3,5", "4,5"}}},
		{"UTF-16 from Excel", string(utf16le("a\tb\r\n1\t2\r\n")), [][]string{{"a", "b"}, {"1", "2"}}},
	} {
		tab, err := ReadTable([]byte(c.text))
		if err != nil {
			t.Errorf("%s: %v", c.scenario, err)
			continue
		}
		if tab.Rows() != len(c.rows) || tab.Columns != len(c.rows[0]) {
			t.Errorf("%s: %d×%d, want %d×%d", c.scenario, tab.Rows(), tab.Columns, len(c.rows), len(c.rows[0]))
			continue
		}
		for r, row := range c.rows {
			for col, want := range row {
				if got := tab.Cell(r, col); got != want {
					t.Errorf("%s: cell %d,%d = %q, want %q", c.scenario, r, col, got, want)
				}
			}
		}
	}
}

func utf16le(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func TestReadTableLineNumbersCountBlankAndQuotedLines(t *testing.T) {
	tab, err := ReadTable([]byte("h1,h2\n\n\"x\ny\",1\nz,2\n"))
	if err != nil {
		t.Fatal(err)
	}
	if tab.Line(0) != 1 || tab.Line(1) != 3 || tab.Line(2) != 5 {
		t.Errorf("lines %d %d %d, want 1 3 5", tab.Line(0), tab.Line(1), tab.Line(2))
	}
}

func TestReadTableGivesAClearAnswerToWhatIsNotATable(t *testing.T) {
	for _, c := range []struct {
		scenario string
		data     []byte
		want     string
	}{
		{"empty", nil, string(errEmpty)},
		{"only spaces", []byte(" \n\t\r\n"), string(errEmpty)},
		{"binary junk", []byte("PK\x03\x04\x00\x00binary\x00\x01"), "not text"},
		{"an open quote", []byte("a,b\n\"never closed,1\n"), "Row 2: a quote opens a field that never closes."},
		{"too large", make([]byte, MaxBytes+1), "the most NRR Lab reads at once is 64 MB"},
	} {
		_, err := ReadTable(c.data)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.scenario, err, c.want)
		}
	}
	tab, err := ReadTable([]byte("1000\n2000\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tab.Detect(); err == nil || err.Error() != string(errOneColumn) {
		t.Errorf("single column: %v", err)
	}
	tab, _ = ReadTable([]byte("Customer,Note\nA,hello\nB,world\n"))
	if _, err := tab.Detect(); err == nil || err.Error() != string(errNoAmounts) {
		t.Errorf("no amounts: %v", err)
	}
}

func TestEveryBadCellIsReportedWithRowColumnAndText(t *testing.T) {
	var b strings.Builder
	b.WriteString("Customer,Start ARR,End ARR\n")
	b.WriteString("Good,100,200\n")
	b.WriteString("Bad,abc,200\n")
	b.WriteString("Worse,100,-5\n")
	for i := 0; i < MaxErrors+10; i++ {
		b.WriteString("Many,x,1\n")
	}
	tab, err := ReadTable([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	m, err := tab.Detect()
	if err != nil {
		t.Fatal(err)
	}
	accounts, rep := tab.Accounts(m)
	if accounts != nil {
		t.Error("a table with errors was partly imported")
	}
	if len(rep.Errors) != MaxErrors || rep.MoreErrors != 11 {
		t.Fatalf("%d errors listed and %d more, want %d and 11", len(rep.Errors), rep.MoreErrors, MaxErrors)
	}
	if got := rep.Errors[0].Error(); got != "Row 3, column “Start ARR”: “abc” cannot be read. It is not a currency or a magnitude such as K, M, jt or miliar. Expected a number such as 1,200,000, $1.2M or 500K." {
		t.Errorf("first error: %s", got)
	}
	// A credit is not an error: it counts as zero ARR, with a notice.
	if e := rep.Errors[1]; e.Row != 5 || e.Column != "Start ARR" || e.Text != "x" {
		t.Errorf("second error: %+v", e)
	}
	if !hasNotice(rep, "11 more cells cannot be read.") || !hasNotice(rep, "1 amount of ARR below zero (a credit) of −$5.00 was read as zero ARR: “-5” in row 4, column “End ARR”.") {
		t.Errorf("notices %q", rep.NoticesIn(lang.Printer{}))
	}
	m.SkipBadRows = true
	accounts, rep = tab.Accounts(m)
	if len(accounts) != 2 || accounts[0].Customer != "Good" || accounts[1] != (calc.Account{Customer: "Worse", Start: 100_00}) || rep.Skipped != 111 ||
		!hasNotice(rep, "Left out 111 rows that could not be read; the amounts that could be read in them add up to $0.00 of ARR at start and $310.00 at end.") {
		t.Errorf("skipping bad rows: %+v, skipped %d, notices %q", accounts, rep.Skipped, rep.NoticesIn(lang.Printer{}))
	}
}

func TestHeaderlessTableUsesColumnLetters(t *testing.T) {
	tab, err := ReadTable([]byte("Acme\t1000\t1200\nBolt\t500\tzz\n"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := tab.Detect()
	if err != nil || m.Header || m.Customer != 0 || m.Start != 1 || m.End != 2 {
		t.Fatalf("mapping %+v, %v", m, err)
	}
	_, rep := tab.Accounts(m)
	if len(rep.Errors) != 1 || rep.Errors[0].Row != 2 || rep.Errors[0].Column != "C" {
		t.Errorf("errors %v", rep.Errors)
	}
}

func TestMRRPerCustomerBecomesARR(t *testing.T) {
	tab, _ := ReadTable([]byte("Customer,MRR start,MRR end\nA,100,150\n"))
	m, err := tab.Detect()
	if err != nil || m.Unit != monthly.MRR {
		t.Fatalf("mapping %+v, %v", m, err)
	}
	accounts, rep := tab.Accounts(m)
	if len(accounts) != 1 || accounts[0].Start != 1_200_00 || accounts[0].End != 1_800_00 || !hasNotice(rep, "multiplied by 12") {
		t.Errorf("accounts %+v, notices %q", accounts, rep.NoticesIn(lang.Printer{}))
	}
}

func TestChangedMappingRereadsWithoutParsing(t *testing.T) {
	tab, m := readFixture(t, "excel-usd.tsv")
	m.Start, m.End = m.End, m.Start
	accounts, rep := tab.Accounts(m)
	if !rep.OK() || accounts[0].Start != 1_500_00 || accounts[0].End != 1_234_56 {
		t.Errorf("swapped mapping: %+v %v", accounts[0], rep.Errors)
	}
	m.End = 9
	if _, rep := tab.Accounts(m); rep.OK() {
		t.Error("a mapping to a column that does not exist was accepted")
	}
}

func TestWideSheetWithAMissingMonthIsRefused(t *testing.T) {
	tab, _ := ReadTable([]byte("Customer,Jan 2024,Feb 2024,Apr 2024\nA,1,2,3\n"))
	if _, err := tab.Detect(); err == nil || !strings.Contains(err.Error(), "skip from Feb 2024 to Apr 2024") {
		t.Errorf("gap: %v", err)
	}
	tab, _ = ReadTable([]byte("Customer,Jan 2024,2024-01\nA,1,2\n"))
	if _, err := tab.Detect(); err == nil || !strings.Contains(err.Error(), "appears as two columns") {
		t.Errorf("twice: %v", err)
	}
}

func TestFiftyMegabytesOfTextGetAClearAnswer(t *testing.T) {
	for _, c := range []struct {
		scenario string
		unit     string
	}{
		{"prose, line by line", "lorem ipsum dolor sit amet\n"},
		{"one endless line", "lorem ipsum dolor sit amet "},
		{"numbers only", "1234567\n"},
	} {
		data := []byte(strings.Repeat(c.unit, 50<<20/len(c.unit)))
		tab, err := ReadTable(data)
		if err != nil {
			t.Errorf("%s: %v", c.scenario, err)
			continue
		}
		if _, err := tab.Detect(); err == nil || err.Error() != string(errOneColumn) {
			t.Errorf("%s: detect said %v, want %q", c.scenario, err, errOneColumn)
		}
	}
}

// A per-customer list with a column of signup dates is a per-customer list,
// not a long table whose months are the signups.
func TestAPerCustomerListWithSignupDates(t *testing.T) {
	for _, path := range []string{"testdata/xlsx/usd-per-customer.xlsx", "testdata/xlsx/usd-per-customer.csv"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var tab *Table
		if IsXLSX(data) {
			tab, err = ReadXLSX(data)
		} else {
			tab, err = ReadTable(data)
		}
		if err != nil {
			t.Fatal(err)
		}
		m, err := tab.Detect()
		if err != nil || m.Shape != PerCustomer || m.Signup != 4 || m.Start != 2 || m.End != 3 {
			t.Errorf("%s: shape %v, start %d, end %d, signup %d (%v); want per customer, 2, 3, 4", path, m.Shape, m.Start, m.End, m.Signup, err)
		}
	}
}
