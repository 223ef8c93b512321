package ingest

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// readMessy reads a fixture of testdata/messy and detects its mapping.
func readMessy(t *testing.T, name string) (*Table, Mapping) {
	t.Helper()
	data, err := os.ReadFile("testdata/messy/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return readBytes(t, name, data)
}

func readBytes(t *testing.T, scenario string, data []byte) (*Table, Mapping) {
	t.Helper()
	tab, err := ReadTable(data)
	if err != nil {
		t.Fatalf("%s: %v", scenario, err)
	}
	m, err := tab.Detect()
	if err != nil {
		t.Fatalf("%s: detect: %v", scenario, err)
	}
	return tab, m
}

// checkNotices fails unless the notices are exactly want, in order.
func checkNotices(t *testing.T, scenario string, rep Report, want ...string) {
	t.Helper()
	if strings.Join(rep.NoticesIn(lang.Printer{}), "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: notices\n%s\nwant\n%s", scenario, strings.Join(rep.NoticesIn(lang.Printer{}), "\n"), strings.Join(want, "\n"))
	}
}

func checkSeries(t *testing.T, scenario string, s *monthly.Series, customers []string, amounts [][]calc.Money) {
	t.Helper()
	if s == nil {
		t.Fatalf("%s: no series", scenario)
	}
	if strings.Join(s.Customers, "|") != strings.Join(customers, "|") {
		t.Fatalf("%s: customers %q, want %q", scenario, s.Customers, customers)
	}
	for c, row := range amounts {
		for m, want := range row {
			if got := s.Amount(c, m); got != want {
				t.Fatalf("%s: %s in month %d = %v, want %v", scenario, customers[c], m, got, want)
			}
		}
	}
}

// expectedNames are the generated customers as the reader names them: the
// placeholders after their row (the header is row 1).
func expectedNames(names []string, line func(i int) int) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n
		if classifyLabel(n) == labelNone {
			out[i] = fmt.Sprintf(nameRow, groupDigits(line(i)))
		}
	}
	return out
}

func TestHandKeptMRRSheetExportedFromExcel(t *testing.T) {
	sheet := newMRRSheet(3000, 61)
	tab, m := readBytes(t, "Excel CSV", sheet.excelCSV())
	if m.Shape != Wide || !m.Header || m.Customer != 0 || len(m.Months) != 61 || m.Months[0].Month != monthly.MonthOf(2019, 1) || m.Unit != monthly.MRR {
		t.Fatalf("mapping %+v", m)
	}
	s, rep := tab.Series(m)
	if !rep.OK() || rep.Rows != 3000 {
		t.Fatalf("%d rows, errors %v", rep.Rows, rep.Errors)
	}
	checkSeries(t, "Excel CSV", s, expectedNames(sheet.customers, func(i int) int { return i + 2 }), sheet.amounts)
	checkNotices(t, "Excel CSV", rep,
		"Left out 1 total row whose figures are the sums of the rows above it: row 3,002, which has no name.",
		"Row 3,002 is the total of the rows above: it matches in 59 of 61 columns; “Mar 2019” differs by $3.00 and “Apr 2019” by $2.00.",
		"2 rows have figures and a placeholder for a name, such as “-” in row 45; each was read as a customer named after its row, such as “Row 45”.",
		lang.Printer{}.Text("%d cells below zero (credits), adding up to %s, were read as no revenue for that customer and month, such as “-$90” in row 6, column “Nov 2020”.", sheet.credits, lang.Amount(sheet.creditSum)),
		lang.Printer{}.Text("%d values were read with the comma grouping thousands, such as “$1,998” in row 2, column “Feb 2019”.", sheet.dollars),
	)
	if sheet.credits < 100 || sheet.dollars < 10_000 {
		t.Errorf("the generated sheet has %d credits and %d whole-dollar cells: too few to test", sheet.credits, sheet.dollars)
	}
}

func TestPivotTablePasteOfTheSameSheet(t *testing.T) {
	sheet := newMRRSheet(3000, 61)
	data, order := sheet.pivotPaste()
	tab, m := readBytes(t, "PivotTable", data)
	if m.Shape != Wide || m.Customer != 0 || len(m.Months) != 61 || tab.ColumnName(m, 0) != "Row Labels" {
		t.Fatalf("mapping %+v", m)
	}
	s, rep := tab.Series(m)
	if !rep.OK() {
		t.Fatalf("errors %v", rep.Errors)
	}
	names := make([]string, len(order))
	amounts := make([][]calc.Money, len(order))
	for i, c := range order {
		names[i], amounts[i] = sheet.customers[c], sheet.amounts[c]
	}
	checkSeries(t, "PivotTable", s, expectedNames(names, func(i int) int { return i + 2 }), amounts)
	if !hasNotice(rep, "Left out 1 total row whose figures are the sums of the rows above it: row 3,002 (“Grand Total”).") {
		t.Errorf("notices %q: want the Grand Total row left out", rep.NoticesIn(lang.Printer{}))
	}
	if len(rep.NoticesIn(lang.Printer{})) != 4 {
		t.Errorf("notices %q: want one each for the total, the placeholders, the credits and the grouping", rep.NoticesIn(lang.Printer{}))
	}
}

func TestPerCustomerListWithACustomerCalledTotal(t *testing.T) {
	tab, m := readMessy(t, "per-customer-total-customer.csv")
	if m.Shape != PerCustomer || m.Start != 2 || m.End != 3 || m.Segment != 1 {
		t.Fatalf("mapping %+v", m)
	}
	accounts, rep := tab.Accounts(m)
	if !rep.OK() {
		t.Fatalf("errors %v", rep.Errors)
	}
	checkAccounts(t, accounts, []calc.Account{
		{Customer: "Acme Corp", Segment: "Enterprise", Start: 120_000_00, End: 135_000_00},
		{Customer: "Total", Segment: "SMB", Start: 1_200_00, End: 1_500_00},
		{Customer: "Total Brain", Segment: "Mid-market", Start: 24_000_00, End: 30_000_00},
		{Customer: "TOTAL S.A.", Segment: "Enterprise", Start: 96_000_00, End: 90_000_00},
		{Customer: "Row 6", Segment: "SMB", Start: 600_00, End: 600_00},
		{Customer: "Row 7", Segment: "SMB", End: 2_400_00},
		{Customer: "Bolt Ltd", Segment: "SMB", Start: 6_000_00},
		{Customer: "Cask Inc", Segment: "Mid-market", Start: 18_000_00},
		{Customer: "Dune LLC", Segment: "SMB", End: 4_800_00},
	})
	checkNotices(t, "per customer", rep,
		"Left out 1 total row whose figures are the sums of the rows above it: row 11 (“Grand Total”).",
		"1 row named like a total, row 3 (“Total”), holds figures that are not the sums of the rows above; it was read as a customer.",
		"2 rows have figures and a placeholder for a name, such as “-” in row 6; each was read as a customer named after its row, such as “Row 6”.",
		"1 amount of ARR below zero (a credit) of −$250.00 was read as zero ARR: “-$250.00” in row 8, column “ARR 2024”.",
	)
	b, err := calc.NewBridge(accounts, calc.BridgeOptions{})
	if err != nil || b.Start != 265_800_00 || b.End != 264_300_00 || b.Start+b.Expansion-b.Contraction-b.Churn+b.New != b.End {
		t.Errorf("bridge %+v, %v", b, err)
	}
}

func TestSubtotalsAreLeftOutWhereverTheyAre(t *testing.T) {
	tab, m := readMessy(t, "per-customer-subtotals.tsv")
	accounts, rep := tab.Accounts(m)
	if !rep.OK() {
		t.Fatalf("errors %v", rep.Errors)
	}
	checkAccounts(t, accounts, []calc.Account{
		{Customer: "Acme Corp", Segment: "Enterprise", Start: 120_000_00, End: 135_000_00},
		{Customer: "TOTAL S.A.", Segment: "Enterprise", Start: 96_000_00, End: 90_000_00},
		{Customer: "Bolt Ltd", Segment: "SMB", Start: 6_000_00},
		{Customer: "Dune LLC", Segment: "SMB", End: 4_800_00},
	})
	if !hasNotice(rep, "Left out 3 total rows whose figures are the sums of the rows above them, such as row 4 (“Enterprise Total”).") ||
		!hasNotice(rep, "Row 8 is the total of the rows above: it matches in 1 of 2 columns; “ARR 2024” differs by $3.00.") {
		t.Errorf("notices %q", rep.NoticesIn(lang.Printer{}))
	}

	tab, m = readMessy(t, "long-subtotals.csv")
	s, rep := tab.Series(m)
	if !rep.OK() {
		t.Fatalf("errors %v", rep.Errors)
	}
	checkSeries(t, "long subtotals", s, []string{"Acme", "Bolt"}, [][]calc.Money{{100_00, 100_00}, {50_00, 60_00}})
	checkNotices(t, "long subtotals", rep, "Left out 3 total rows whose figures are the sums of the rows above them, such as row 4 (“Acme Total”).")
}

// wideText writes a wide sheet of whole amounts: a header of months from
// January 2024, then "name,amount,amount…" rows as given.
func wideText(months int, rows ...string) string {
	var b strings.Builder
	b.WriteString("Customer")
	for m := 0; m < months; m++ {
		fmt.Fprintf(&b, "\t%d-%02d", 2024+m/12, m%12+1)
	}
	for _, r := range rows {
		b.WriteString("\n" + strings.ReplaceAll(r, ",", "\t"))
	}
	return b.String() + "\n"
}

func TestATotalRowIsKnownByItsSums(t *testing.T) {
	for _, c := range []struct {
		scenario  string
		text      string
		customers []string
		notice    string
	}{
		{"a nameless total at the bottom", wideText(2, "A,10,20", "B,5,5", ",15,25"),
			[]string{"A", "B"}, "row 4, which has no name"},
		{"a customer called Total with its own small figures", wideText(2, "A,1000,2000", "B,500,500", "Total,12,15"),
			[]string{"A", "B", "Total"}, "1 row named like a total, row 4 (“Total”), holds figures that are not the sums of the rows above; it was read as a customer."},
		{"a customer whose name begins with Total", wideText(2, "Total Brain,1000,2000", "TOTAL S.A.,500,500", "C,1,1"),
			[]string{"Total Brain", "TOTAL S.A.", "C"}, ""},
		{"a nameless row with its own figures is a customer named after its line", wideText(2, "A,10,20", "B,5,5", ",7,7"),
			[]string{"A", "B", "Row 4"}, "1 row has figures but no customer name: row 4; it was read as a customer named “Row 4”."},
		{"a nameless row paying what the one row above pays is a customer", wideText(2, "A,99,99", ",99,99"),
			[]string{"A", "Row 3"}, "no customer name"},
		{"a row named Total under a single row is its total", wideText(2, "A,99,99", "Total,99,99"),
			[]string{"A"}, "row 3 (“Total”)"},
		{"subtotals then a grand total", wideText(2, "A,1,2", "B,3,4", "Subtotal,4,6", "C,10,10", "Subtotal,10,10", "Grand Total,14,16"),
			[]string{"A", "B", "C"}, "Left out 3 total rows"},
		{"a total in Indonesian", wideText(2, "A,1000,1000", "B,500,700", "Jumlah Keseluruhan,1500,1700"),
			[]string{"A", "B"}, "(“Jumlah Keseluruhan”)"},
		{"a total counts the credits in its sums", wideText(2, "A,100,-20", "B,50,50", "Sum,150,30"),
			[]string{"A", "B"}, "Left out 1 total row "},
		{"a total with a spreadsheet error in one month of twelve", wideText(12, "A,1,1,1,1,1,1,1,1,1,1,1,1", "B,1,1,1,1,1,1,1,1,1,1,1,1", "Total,2,2,2,2,2,2,2,2,2,2,2,#REF!"),
			[]string{"A", "B"}, "it matches in 11 of 12 columns"},
		{"a total that drifts within half a percent", wideText(2, "A,100000,100000", "B,100000,100000", ",200000,200900"),
			[]string{"A", "B"}, "Row 4 is the total of the rows above: it matches in 1 of 2 columns; “2024-02” differs by $900.00."},
		{"a row off by more than half a percent is no total", wideText(2, "A,100000,100000", "B,100000,100000", "Total,200000,201100"),
			[]string{"A", "B", "Total"}, "named like a total"},
		{"a row that matches in too few columns is no total", wideText(12, "A,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000", "B,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000", "Total,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,9,9"),
			[]string{"A", "B", "Total"}, "named like a total"},
		{"drift in many columns names the largest", wideText(4, "A,100,100,100,100", "B,100,100,100,100", "Total,201,202,204,200"),
			[]string{"A", "B"}, "Row 4 is the total of the rows above: it matches in 1 of 4 columns; it differs in 3 columns, most in “2024-03”, by $4.00."},
	} {
		tab, m := readBytes(t, c.scenario, []byte(c.text))
		s, rep := tab.Series(m)
		if !rep.OK() || s == nil {
			t.Errorf("%s: errors %v", c.scenario, rep.Errors)
			continue
		}
		if strings.Join(s.Customers, "|") != strings.Join(c.customers, "|") {
			t.Errorf("%s: customers %q, want %q", c.scenario, s.Customers, c.customers)
		}
		if c.notice != "" && !hasNotice(rep, c.notice) {
			t.Errorf("%s: notices %q, want one with %q", c.scenario, rep.NoticesIn(lang.Printer{}), c.notice)
		}
		if c.notice == "" && len(rep.NoticesIn(lang.Printer{})) != 0 {
			t.Errorf("%s: notices %q, want none", c.scenario, rep.NoticesIn(lang.Printer{}))
		}
	}
}

func TestATotalRowPerCustomerNeedsBothColumns(t *testing.T) {
	for _, c := range []struct {
		scenario  string
		text      string
		customers int
	}{
		{"both columns add up", "Customer,Start ARR,End ARR\nA,1000,1200\nB,500,0\nTotal,1500,1200\n", 2},
		{"only the start adds up", "Customer,Start ARR,End ARR\nA,1000,1200\nB,500,0\nTotal,1500,9000\n", 3},
		{"a nameless total, new customers only", "Customer,Start ARR,End ARR\nA,,1200\nB,,300\n,,1500\n", 2},
	} {
		tab, m := readBytes(t, c.scenario, []byte(c.text))
		accounts, rep := tab.Accounts(m)
		if !rep.OK() || len(accounts) != c.customers {
			t.Errorf("%s: %+v, errors %v", c.scenario, accounts, rep.Errors)
		}
	}
}

func TestCreditsNeverLoseACustomer(t *testing.T) {
	tab, m := readBytes(t, "credits", []byte(wideText(3, "A,100,-40,100", "B,(25),50,50")))
	for _, skip := range []bool{false, true} {
		m.SkipBadRows = skip
		s, rep := tab.Series(m)
		if !rep.OK() || rep.Skipped != 0 {
			t.Fatalf("skip %v: errors %v", skip, rep.Errors)
		}
		checkSeries(t, "credits", s, []string{"A", "B"}, [][]calc.Money{{100_00, 0, 100_00}, {0, 50_00, 50_00}})
		checkNotices(t, "credits", rep, "2 cells below zero (credits), adding up to −$65.00, were read as no revenue for that customer and month, such as “-40” in row 2, column “2024-02”.")
	}

	tab, m = readMessy(t, "negative-arr.csv")
	accounts, rep := tab.Accounts(m)
	checkAccounts(t, accounts, []calc.Account{{Customer: "Acme", Start: 1_200_00}, {Customer: "Bolt", End: 900_00}, {Customer: "Cask", Start: 2_000_00, End: 2_500_00}})
	if !hasNotice(rep, "2 amounts of ARR below zero (credits), adding up to −$800.00, were read as zero ARR, such as “-300” in row 2, column “End ARR”.") {
		t.Errorf("notices %q", rep.NoticesIn(lang.Printer{}))
	}
}

func TestNoticesComeOncePerKind(t *testing.T) {
	var rows []string
	for c := 0; c < 50; c++ {
		row := fmt.Sprintf("Customer %d", c)
		for m := 0; m < 61; m++ {
			row += `,"1,998"`
		}
		rows = append(rows, row)
	}
	text := strings.ReplaceAll(wideText(61, rows...), "\t", ",")
	tab, m := readBytes(t, "61 columns of quoted thousands", []byte(text))
	_, rep := tab.Series(m)
	checkNotices(t, "61 columns", rep, "3,050 values were read with the comma grouping thousands, such as “1,998” in row 2, column “2024-01”.")
}

func TestSkippedRowsSayHowMuchRevenueTheyHeld(t *testing.T) {
	tab, m := readMessy(t, "excel-errors.csv")
	m.SkipBadRows = true
	s, rep := tab.Series(m)
	checkSeries(t, "skipped", s, []string{"Bolt"}, [][]calc.Money{{50_00, 50_00, 50_00, 50_00, 50_00, 50_00}})
	if rep.Skipped != 1 || rep.SkippedAmount != 100_00 || !hasNotice(rep, "Left out 1 row that could not be read; the amounts that could be read in it add up to $100.00.") {
		t.Errorf("skipped %d holding %v, notices %q", rep.Skipped, rep.SkippedAmount, rep.NoticesIn(lang.Printer{}))
	}
}

// TestMessyInputsGetAPlainAnswer reads each bad input of testdata/messy and
// checks the answer: the error of reading or detecting, the first cell
// error, or a notice, each a sentence naming what is wrong.
func TestMessyInputsGetAPlainAnswer(t *testing.T) {
	for _, c := range []struct {
		scenario, file string
		want           string // part of the error, the first cell error or a notice
		customers      int    // customers read, when it reads
	}{
		{"a header and no rows", "header-only.csv", string(errNoRows), 0},
		{"a single column", "single-column.csv", string(errOneColumn), 0},
		{"a PNG dropped by mistake", "binary-junk.png", "This is not text", 0},
		{"an xlsx file instead of its CSV", "spreadsheet.xlsx", "This is not text (it may be a spreadsheet file such as .xlsx): export it as CSV, or copy the cells and paste them.", 0},
		{"ragged rows", "ragged.csv", "", 4},
		{"Excel error cells", "excel-errors.csv", "Row 2, column “Feb 2024”: “#N/A” cannot be read. It is the spreadsheet error #N/A: a lookup or formula found no value. Expected a number such as 1,200,000, $1.2M or 500K.", 0},
		{"a sheet exported with formulas", "formulas.csv", "Row 2, column “End ARR”: “=SUM(B2:B9)” cannot be read. It is a formula, not its value: the sheet was exported with formulas; export or paste the values instead. Expected a number such as 1,200,000, $1.2M or 500K.", 0},
		{"dates in amount columns", "dates-in-amounts.csv", "Row 2, column “Feb 2024”: “2-Jan” cannot be read. It is a date, and this column holds amounts. Expected a number such as 1,200,000, $1.2M or 500K.", 0},
		{"months that do not exist", "long-impossible-dates.csv", "Row 6, column “month”: “2024-13-31” cannot be read. It is written like a date, but no such month exists. Expected a month such as 2024-01, Jan 2024 or 31/01/2024.", 0},
		{"negative ARR", "negative-arr.csv", "were read as zero ARR", 3},
		{"the same customer on two rows of a wide sheet", "duplicate-customer-wide.tsv", "1 row repeats a customer named on an earlier row, and its amounts were added to theirs: “Acme” in row 4.", 2},
		{"script and markup in names", "html-names.csv", "", 3},
		{"a headerless per-customer export", "headerless.tsv", "", 3},
		{"a headerless long export", "headerless-long.csv", "", 2},
		{"several lines per customer and month", "long-several-lines.csv", "2 customer-months appear on several rows and were added together, such as “Acme” in Jan 2024.", 2},
		{"blank cells and accounting dashes", "blank-cells.tsv", "2 cells hold only a dash, as spreadsheets show zero in accounting format, and were read as zero, such as “$ -” in row 4, column “Jan 2024”.", 3},
		{"BOM, CRLF and quoted thousands", "bom-crlf-quoted.csv", "2 values were read with the comma grouping thousands, such as “1,998” in row 2, column “Start ARR”.", 2},
		{"placeholder names", "placeholder-names.csv", "5 rows have figures and a placeholder for a name, such as “-” in row 2; each was read as a customer named after its row, such as “Row 2”.", 6},
	} {
		data, err := os.ReadFile("testdata/messy/" + c.file)
		if err != nil {
			t.Fatal(err)
		}
		var messages []string
		customers := 0
		tab, err := ReadTable(data)
		var m Mapping
		if err == nil {
			m, err = tab.Detect()
		}
		switch {
		case err != nil:
			messages = append(messages, err.Error())
		case m.Shape == PerCustomer:
			accounts, rep := tab.Accounts(m)
			customers = len(accounts)
			for _, e := range rep.Errors {
				messages = append(messages, e.Error())
			}
			messages = append(messages, rep.NoticesIn(lang.Printer{})...)
		default:
			s, rep := tab.Series(m)
			if s != nil {
				customers = len(s.Customers)
			}
			for _, e := range rep.Errors {
				messages = append(messages, e.Error())
			}
			messages = append(messages, rep.NoticesIn(lang.Printer{})...)
		}
		all := strings.Join(messages, "\n")
		if c.want == "" && all != "" || !strings.Contains(all, c.want) || customers != c.customers {
			t.Errorf("%s: %d customers, messages:\n%s\nwant %d customers and %q", c.scenario, customers, all, c.customers, c.want)
		}
	}
}

func TestAHeaderAboveAFirstCustomerWithBlankCells(t *testing.T) {
	tab, m := readBytes(t, "blank first row", []byte("Customer,Start ARR,End ARR\nAcme,,\nBolt,100,200\n"))
	accounts, rep := tab.Accounts(m)
	if !m.Header || !rep.OK() || len(accounts) != 2 || accounts[1].End != 200_00 {
		t.Errorf("mapping %+v, accounts %+v, errors %v", m, accounts, rep.Errors)
	}
}

func TestEverySpreadsheetErrorIsNamed(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"#N/A", string(problemErrNA)}, {"#REF!", string(problemErrRef)}, {"#DIV/0!", string(problemErrDiv0)}, {"#VALUE!", string(problemErrValue)},
		{"#NAME?", string(problemErrName)}, {"#NUM!", string(problemErrNum)}, {"#SPILL!", "It is the spreadsheet error #SPILL!"},
		{"#####", string(problemNarrow)}, {"=B2+B3", string(problemFormula)}, {"Jan-2024", string(problemDate)}, {"5 Mar", string(problemDate)},
	} {
		if got := sheetProblem(c.text).String(); !strings.Contains(got, c.want) {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

func TestTheSameCustomerTwiceGivesOneNotice(t *testing.T) {
	tab, m := readMessy(t, "duplicate-customer.csv")
	accounts, rep := tab.Accounts(m)
	if len(rep.NoticesIn(lang.Printer{})) != 0 || len(accounts) != 3 {
		t.Fatalf("accounts %+v, notices %q: the reader keeps both rows for the bridge to merge", accounts, rep.NoticesIn(lang.Printer{}))
	}
	b, err := calc.NewBridge(accounts, calc.BridgeOptions{})
	if err != nil || len(b.Notices) != 1 || !strings.Contains(b.Notices[0].Error(), "“Acme” appears on 2 rows") {
		t.Errorf("bridge notices %q, %v", b.Notices, err)
	}
}

func TestNamesAreKeptAsTheyAreWritten(t *testing.T) {
	tab, m := readMessy(t, "html-names.csv")
	accounts, _ := tab.Accounts(m)
	for i, want := range []string{`<script>alert("x")</script>`, `<img src=x onerror=alert(1)>`, `<b>Bold</b> &amp; Co`} {
		if accounts[i].Customer != want {
			t.Errorf("name %d = %q, want %q", i, accounts[i].Customer, want)
		}
	}
}

func TestNamesThatStandInForAName(t *testing.T) {
	for _, c := range []struct {
		label string
		want  rowLabel
	}{
		{"", labelNone}, {"-", labelNone}, {"—", labelNone}, {"[Business Name]", labelNone}, {"<Customer Name>", labelNone},
		{"N/A", labelNone}, {"(blank)", labelNone}, {"?", labelNone}, {"...", labelNone},
		{"Total", labelTotal}, {"Grand Total:", labelTotal}, {"Jumlah", labelTotal}, {"Enterprise Total", labelTotal}, {"Total Brain", labelTotal},
		{"Acme", labelName}, {"Summit Ltd", labelName}, {"Totally Cool", labelName}, {"<img src=x>", labelName}, {"Nada", labelName}, {"PT Ñ", labelName},
	} {
		if got := classifyLabel(c.label); got != c.want {
			t.Errorf("%q read as %d, want %d", c.label, got, c.want)
		}
	}
}

func TestALongCellIsQuotedShort(t *testing.T) {
	e := &CellError{Row: 7003, Column: "B", Text: strings.Repeat("é", 100), Expected: lang.M(expectAmount)}
	if got, want := e.Error(), `Row 7,003, column B: “`+strings.Repeat("é", 40)+`…” cannot be read. `+string(expectAmount); got != want {
		t.Errorf("%s\nwant %s", got, want)
	}
}

func TestFiftyMegabytesOfCustomersRead(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 50 MB")
	}
	data := perCustomerCSV(1_300_000)
	if len(data) < 50_000_000 {
		t.Fatalf("only %d bytes", len(data))
	}
	tab, m := readBytes(t, "50 MB", data)
	accounts, rep := tab.Accounts(m)
	if !rep.OK() || len(accounts) != 1_300_000 {
		t.Errorf("%d accounts, errors %v", len(accounts), rep.Errors)
	}
}
