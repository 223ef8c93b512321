package ingest

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"nrrlab/calc/lang"
)

// What a spreadsheet program may legitimately change in a cell when it
// opens a CSV file and saves it as a workbook.
const (
	// asNumber: an amount typed with a currency, grouping or parentheses
	// ("$12,500.00", "Rp 1.250.000", "(1,200.00)") is stored as the number
	// it stands for and read back as plain digits ("12500", "-1200").
	asNumber = 1 << iota
	// asDate: a date in the locale's order (31/01/2024, 01/31/2024) or a
	// month (Jan 2024, Januari 2024, its first day) is stored as a date
	// serial number and read back as an ISO date.
	asDate
	// withFourthDecimal: a number below 1,000 with three decimals gets a
	// fourth (399.625% is 399.6250%), so that the figure reader cannot
	// take it for thousands.
	withFourthDecimal
)

// fixturePair is a workbook written by LibreOffice Calc and the CSV file it
// came from (or, for .fods sources, LibreOffice's CSV export of the same
// sheet). testdata/xlsx/README.md says how each was made.
type fixturePair struct {
	name, xlsx, csv string
	changes         int
	// dates are the layouts of the CSV's dates, for asDate.
	dates []string
	// tallRow is a sheet row whose text spans two lines of the CSV: the
	// CSV's line numbers after it are one more than the sheet's rows.
	tallRow int
	// csvMisread says why reading the CSV gives other figures than
	// reading the workbook, when it does.
	csvMisread string
}

var fixturePairs = []fixturePair{
	{
		name: "US per-customer export opened as Excel opens a CSV: amounts become numbers",
		xlsx: "usd-per-customer.xlsx", csv: "usd-per-customer.csv", changes: asNumber,
	},
	{
		name: "US per-customer export opened without detecting numbers: every cell as typed",
		xlsx: "usd-per-customer-text.xlsx", csv: "usd-per-customer.csv",
	},
	{
		name: "wide MRR sheet: month headers become dates, quoted thousands numbers",
		xlsx: "wide-mrr.xlsx", csv: "wide-mrr.csv", changes: asNumber | asDate,
	},
	{
		name: "Indonesian wide sheet with semicolons: Januari 2024 and Rp 1.250.000 become numbers, jt and juta stay text",
		xlsx: "indonesian-semicolon.xlsx", csv: "indonesian-semicolon.csv", changes: asNumber | asDate,
	},
	{
		name: "Indonesian long sheet: day-first dates and dotted thousands",
		xlsx: "indonesian-long.xlsx", csv: "indonesian-long.csv", changes: asNumber | asDate, dates: []string{"02/01/2006"},
	},
	{
		name: "formulas, percentages, booleans, #N/A, rich text, a two-line note and a second sheet",
		xlsx: "formulas.xlsx", csv: "formulas.csv", changes: asDate | withFourthDecimal, dates: []string{"01/02/2006", "01/02/2006 15:04:05"}, tallRow: 3,
	},
	{
		name: "the 1904 date system",
		xlsx: "date1904.xlsx", csv: "date1904.csv", changes: asDate, dates: []string{"01/02/2006"},
		csvMisread: "LibreOffice writes 1 March 2024 as 03/01/2024, month first, and the CSV reader reads a date that could be either day first, " +
			"as Indonesia and Malaysia write it; the workbook holds the date itself",
	},
}

func readPair(t *testing.T, p fixturePair) (fromXLSX, fromCSV *Table) {
	t.Helper()
	x, err := os.ReadFile("testdata/xlsx/" + p.xlsx)
	if err != nil {
		t.Fatal(err)
	}
	c, err := os.ReadFile("testdata/xlsx/" + p.csv)
	if err != nil {
		t.Fatal(err)
	}
	if fromXLSX, err = ReadXLSX(x); err != nil {
		t.Fatalf("%s: %v", p.xlsx, err)
	}
	if fromCSV, err = ReadTable(c); err != nil {
		t.Fatalf("%s: %v", p.csv, err)
	}
	return fromXLSX, fromCSV
}

// csvLine is the line of the CSV that holds sheet row line.
func (p fixturePair) csvLine(line int) int {
	if p.tallRow > 0 && line > p.tallRow {
		return line + 1
	}
	return line
}

// sameFigure reports whether two texts read as the same amount.
func sameFigure(csv, xlsx string) bool {
	a, err1 := ParseFigure(csv, StyleAuto)
	b, err2 := ParseFigure(xlsx, StyleAuto)
	return err1 == nil && err2 == nil && !a.Percent && !b.Percent && a.Amount == b.Amount
}

// sameDate reports whether a CSV date or month and an ISO date read from a
// workbook are the same day, a month standing for its first day.
func sameDate(csv, iso string, layouts []string) bool {
	want, err := time.Parse("2006-01-02", iso)
	if err != nil {
		if want, err = time.Parse("2006-01-02 15:04:05", iso); err != nil {
			return false
		}
	}
	for _, layout := range layouts {
		if got, err := time.Parse(layout, csv); err == nil {
			return got.Equal(want)
		}
	}
	m, ok := ParseMonth(csv)
	return ok && want.Day() == 1 && m.Year() == want.Year() && m.Month() == want.Month()
}

func TestXLSXFixturesMatchTheirCSV(t *testing.T) {
	for _, p := range fixturePairs {
		t.Run(p.name, func(t *testing.T) {
			x, c := readPair(t, p)
			if x.Rows() != c.Rows() || x.Columns != c.Columns {
				t.Fatalf("%d rows × %d columns, the CSV %d × %d", x.Rows(), x.Columns, c.Rows(), c.Columns)
			}
			seen := 0
			for r := 0; r < x.Rows(); r++ {
				if got, want := p.csvLine(x.Line(r)), c.Line(r); got != want {
					t.Errorf("row %d: sheet row %d, CSV line %d", r, x.Line(r), want)
				}
				for col := 0; col < x.Columns; col++ {
					xs, cs := x.Cell(r, col), c.Cell(r, col)
					switch {
					case xs == cs:
						continue
					case p.changes&asNumber != 0 && sameFigure(cs, xs):
						seen |= asNumber
					case p.changes&asDate != 0 && sameDate(cs, xs, p.dates):
						seen |= asDate
					case p.changes&withFourthDecimal != 0 && (xs == cs+"0" || xs == strings.TrimSuffix(cs, "%")+"0%"):
						seen |= withFourthDecimal
					default:
						t.Errorf("line %d, column %s: %q in the workbook, %q in the CSV", x.Line(r), columnLetter(col), xs, cs)
					}
				}
			}
			if seen != p.changes {
				t.Errorf("changes seen %b, want %b: the case says more changed than did", seen, p.changes)
			}
		})
	}
}

// TestXLSXFixturesReadTheSameFigures reads each pair the whole way, as the
// page does: the same shape, the same figures to the cent, the same rows
// in error.
func TestXLSXFixturesReadTheSameFigures(t *testing.T) {
	for _, p := range fixturePairs {
		t.Run(p.name, func(t *testing.T) {
			x, c := readPair(t, p)
			mx, errX := x.Detect()
			mc, errC := c.Detect()
			if (errX == nil) != (errC == nil) {
				t.Fatalf("detect: workbook %v, CSV %v", errX, errC)
			}
			if errX != nil {
				return
			}
			if mx.Shape != mc.Shape || mx.Customer != mc.Customer || mx.Start != mc.Start || mx.End != mc.End ||
				mx.Month != mc.Month || mx.Amount != mc.Amount || len(mx.Months) != len(mc.Months) {
				t.Fatalf("mapping %+v, CSV %+v", mx, mc)
			}
			var rx, rc Report
			if p.csvMisread != "" {
				sx, _ := x.Series(mx)
				sc, _ := c.Series(mc)
				if sx == nil || sc == nil || slices.Equal(sx.Amounts, sc.Amounts) {
					t.Errorf("the same figures from both, want them to differ: %s", p.csvMisread)
				}
				return
			}
			if mx.Shape == PerCustomer {
				accX, repX := x.Accounts(mx)
				accC, repC := c.Accounts(mc)
				if !slices.Equal(accX, accC) {
					t.Errorf("accounts %+v\nCSV      %+v", accX, accC)
				}
				rx, rc = repX, repC
			} else {
				sx, repX := x.Series(mx)
				sc, repC := c.Series(mc)
				if (sx == nil) != (sc == nil) || sx != nil && (sx.Start != sc.Start || sx.Months != sc.Months || sx.Unit != sc.Unit ||
					!slices.Equal(sx.Amounts, sc.Amounts) || !slices.Equal(sx.Customers, sc.Customers)) {
					t.Errorf("series %+v\nCSV    %+v", sx, sc)
				}
				rx, rc = repX, repC
			}
			if len(rx.Errors) != len(rc.Errors) {
				t.Fatalf("errors %v, CSV %v", rx.Errors, rc.Errors)
			}
			for i := range rx.Errors {
				if p.csvLine(rx.Errors[i].Row) != rc.Errors[i].Row || rx.Errors[i].Expected.String() != rc.Errors[i].Expected.String() {
					t.Errorf("error %v, CSV %v", rx.Errors[i], rc.Errors[i])
				}
			}
		})
	}
}

// TestXLSXErrorsNameTheRowTheUserSees: a cell that cannot be read is named
// by its row in the sheet, its column's header and its text.
func TestXLSXErrorsNameTheRowTheUserSees(t *testing.T) {
	perCustomer := Mapping{Shape: PerCustomer, Header: true, Customer: 0, Start: 2, End: 3, Segment: -1, Plan: -1, Signup: -1, Month: -1, Amount: -1}
	for _, tc := range []struct {
		name, file string
		want       string
	}{
		// In the CSV the note above spans two lines and the same cell is on
		// line 6; in the sheet it is on row 5.
		{"#N/A below a two-line note", "formulas.xlsx", "Row 5, column “End MRR”: “#N/A” cannot be read"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := os.ReadFile("testdata/xlsx/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			tab, err := ReadXLSX(data)
			if err != nil {
				t.Fatal(err)
			}
			_, rep := tab.Accounts(perCustomer)
			for _, e := range rep.Errors {
				if strings.HasPrefix(e.Error(), tc.want) {
					return
				}
			}
			t.Errorf("errors %v, want one that says %q", rep.Errors, tc.want)
		})
	}
}

// A credit the sheet stores as a negative number reads as zero ARR, with the
// notice naming the row and column the user sees.
func TestXLSXCreditsNameTheRowTheUserSees(t *testing.T) {
	data, err := os.ReadFile("testdata/xlsx/usd-per-customer.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadXLSX(data)
	if err != nil {
		t.Fatal(err)
	}
	perCustomer := Mapping{Shape: PerCustomer, Header: true, Customer: 0, Start: 2, End: 3, Segment: -1, Plan: -1, Signup: -1, Month: -1, Amount: -1}
	perCustomer.Periods = noPeriodColumns()
	_, rep := tab.Accounts(perCustomer)
	for _, n := range rep.NoticesIn(lang.Printer{}) {
		if strings.Contains(n, "below zero") && strings.Contains(n, "“-1200” in row 8, column “End ARR”") {
			return
		}
	}
	t.Errorf("notices %q, want the credit in row 8, column End ARR", rep.NoticesIn(lang.Printer{}))
}
