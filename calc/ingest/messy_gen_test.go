package ingest

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"nrrlab/calc"
)

// update rewrites the committed excerpts of the generated sheets:
// go test ./calc/ingest -run Committed -update
// update rewrites the generated files: the fixtures under testdata/messy
// and the built-in samples in web/.
var update = flag.Bool("update", false, "rewrite the generated fixtures under testdata/messy and the samples in web/")

// mrrSheet is a hand-kept MRR sheet as a generator makes it: the text of its
// exports, and what reading them must give.
type mrrSheet struct {
	months    int
	customers []string       // in the order of the sheet
	amounts   [][]calc.Money // as imported: credits as zero
	raw       [][]calc.Money // as written, credits below zero
	credits   int
	creditSum calc.Money
	dollars   int // cells written with whole dollars only: "$1,998"
}

// sheetMonth names month i of the sheets, from January 2019.
func sheetMonth(i int, style string) string {
	names := []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	y, m := 2019+i/12, i%12
	if style == "pivot" {
		return fmt.Sprintf("%s-%02d", names[m], y%100)
	}
	return fmt.Sprintf("%s %d", names[m], y)
}

// newMRRSheet makes n customers over the given months with a fixed seed:
// customers start and churn at random, most pay a plan price that steps up
// or down now and then, a few get a credit that puts a month below zero.
// Among them are "Total Brain" and "TOTAL S.A." (customers whose names begin
// with Total), a name with a comma, HTML in a name, and two placeholder
// names, "-" and "[Business Name]".
func newMRRSheet(n, months int) *mrrSheet {
	rng := rand.New(rand.NewPCG(2019, 61))
	words := []string{"Acme", "Bolt", "Cask", "Dune", "Ember", "Fjord", "Gamma", "Harbor", "Iris", "Juniper", "Kite", "Lumen", "Maju", "Nusantara", "Orbit", "Pelita", "Quartz", "Rimba", "Sinar", "Tiga", "Umbra", "Vega", "Wira", "Xenon", "Yarra", "Zenith"}
	kinds := []string{"Ltd", "Inc", "Sdn Bhd", "PT", "LLC", "Co", "GmbH", "Pte Ltd"}
	plans := []calc.Money{49_00, 99_00, 199_00, 499_00, 1_200_00, 1_998_00, 4_500_00, 12_000_00}
	s := &mrrSheet{months: months}
	special := map[int]string{7: "Total Brain", 19: "TOTAL S.A.", 23: "Smith, Jones & Co", 31: "<b>Bold</b> & <script>alert(1)</script> Ltd", 43: "-", 57: "[Business Name]"}
	for c := 0; c < n; c++ {
		name := special[c]
		if name == "" {
			name = fmt.Sprintf("%s %s %s %04d", words[rng.IntN(len(words))], words[rng.IntN(len(words))], kinds[rng.IntN(len(kinds))], c)
		}
		start := rng.IntN(months)
		if c < 60 {
			start = rng.IntN(3) // the special names pay from the first months
		}
		end := months
		if rng.IntN(3) == 0 {
			end = start + 1 + rng.IntN(months-start)
		}
		price := plans[rng.IntN(len(plans))]
		raw := make([]calc.Money, months)
		imported := make([]calc.Money, months)
		for m := start; m < end; m++ {
			switch rng.IntN(40) {
			case 0:
				price = plans[rng.IntN(len(plans))]
			case 1:
				price += calc.Money(rng.IntN(100)) * 50 // an add-on with cents
			}
			raw[m] = price
			if rng.IntN(500) == 0 {
				raw[m] = -calc.Money(1+rng.IntN(300)) * calc.Cents // a credit larger than the month
			}
			if raw[m] > 0 {
				imported[m] = raw[m]
			} else {
				s.credits++
				s.creditSum += raw[m]
			}
		}
		s.customers = append(s.customers, name)
		s.raw = append(s.raw, raw)
		s.amounts = append(s.amounts, imported)
	}
	return s
}

// sums returns the column sums of the sheet as written.
func (s *mrrSheet) sums() []calc.Money {
	sums := make([]calc.Money, s.months)
	for _, row := range s.raw {
		for m, v := range row {
			sums[m] += v
		}
	}
	return sums
}

// dollarCell writes an amount as Excel's CSV export of a "$#,##0.00" or
// "$#,##0" column does: quoted when it has a comma, blank for no revenue.
func dollarCell(v calc.Money, whole bool) string {
	if v == 0 {
		return ""
	}
	neg := v < 0
	if neg {
		v = -v
	}
	s := "$" + groupDigits(int(v/calc.Cents))
	if !whole || v%calc.Cents != 0 {
		s += fmt.Sprintf(".%02d", v%calc.Cents)
	}
	if neg {
		s = "-" + s
	}
	if strings.Contains(s, ",") {
		return `"` + s + `"`
	}
	return s
}

// csvName quotes a name as Excel does when it holds a comma or a quote.
func csvName(name string) string {
	if strings.ContainsAny(name, ",\"\n") {
		return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
	}
	return name
}

// excelCSV writes the sheet as Excel saves "CSV UTF-8": a BOM, CRLF line
// ends, currency cells with their thousands in quotes, and at the bottom a
// total row without a name, typed over in two months so that it drifts from
// the sums by $3 in March 2019 and $2 in April 2019.
func (s *mrrSheet) excelCSV() []byte {
	var b strings.Builder
	b.WriteString("\ufeffCustomer")
	for m := 0; m < s.months; m++ {
		b.WriteString("," + sheetMonth(m, "csv"))
	}
	b.WriteString("\r\n")
	s.dollars = 0
	for c, name := range s.customers {
		b.WriteString(csvName(name))
		for m, v := range s.raw[c] {
			whole := (c+m)%3 != 0 // two columns in three show no cents
			if whole && v != 0 && v%calc.Cents == 0 && (v >= 1000_00 || v <= -1000_00) {
				s.dollars++
			}
			b.WriteString("," + dollarCell(v, whole))
		}
		b.WriteString("\r\n")
	}
	sums := s.sums()
	sums[2] += 3_00
	sums[3] -= 2_00
	for _, v := range sums {
		b.WriteString("," + dollarCell(v, false))
	}
	b.WriteString("\r\n")
	return []byte(b.String())
}

// pivotPaste writes the same data as a PivotTable of it pastes: tabs, a
// "Row Labels" header, names sorted, whole numbers with grouping and no
// currency, a "Grand Total" column and row, and an empty header cell at the
// end of the first line.
func (s *mrrSheet) pivotPaste() ([]byte, []int) {
	order := make([]int, len(s.customers))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return strings.Compare(strings.ToLower(s.customers[a]), strings.ToLower(s.customers[b]))
	})
	var b strings.Builder
	b.WriteString("Row Labels")
	for m := 0; m < s.months; m++ {
		b.WriteString("\t" + sheetMonth(m, "pivot"))
	}
	b.WriteString("\tGrand Total\t\n")
	cell := func(v calc.Money) string {
		if v == 0 {
			return ""
		}
		neg := ""
		if v < 0 {
			neg, v = "-", -v
		}
		s := neg + groupDigits(int(v/calc.Cents))
		if v%calc.Cents != 0 {
			s += fmt.Sprintf(".%02d", v%calc.Cents)
		}
		return s
	}
	for _, c := range order {
		b.WriteString(s.customers[c])
		var total calc.Money
		for _, v := range s.raw[c] {
			b.WriteString("\t" + cell(v))
			total += v
		}
		b.WriteString("\t" + cell(total) + "\n")
	}
	b.WriteString("Grand Total")
	var grand calc.Money
	for _, v := range s.sums() {
		b.WriteString("\t" + cell(v))
		grand += v
	}
	b.WriteString("\t" + cell(grand) + "\n")
	return []byte(b.String()), order
}

// committed returns a fixture file, or rewrites it from want with -update.
func committed(t *testing.T, name string, want []byte) []byte {
	t.Helper()
	path := "testdata/messy/" + name
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestCommittedSheetsAreWhatTheGeneratorMakes(t *testing.T) {
	small := newMRRSheet(80, 61)
	pivot, _ := small.pivotPaste()
	for _, c := range []struct {
		scenario, file string
		want           []byte
	}{
		{"Excel CSV of a hand-kept MRR sheet", "mrr-sheet-excel.csv", small.excelCSV()},
		{"PivotTable of the same sheet, pasted", "mrr-pivot-paste.tsv", pivot},
	} {
		if got := committed(t, c.file, c.want); string(got) != string(c.want) {
			t.Errorf("%s: testdata/messy/%s differs from what the generator makes; rerun with -update", c.scenario, c.file)
		}
	}
}
