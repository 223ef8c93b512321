package ingest

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/figure"
	"nrrlab/calc/lang"
)

// What a table reads as, every figure, notice and error, from its text: the
// mapping Detect proposes and what reading with it gives.
type reading struct {
	Mapping  Mapping
	Detected string
	Accounts any
	Series   any
	Report   Report
}

func readAll(data []byte, skip bool) reading {
	var rd reading
	t, err := ReadTable(data)
	if err != nil {
		rd.Detected = err.Error()
		return rd
	}
	m, err := t.Detect()
	if err != nil {
		rd.Detected = err.Error()
	}
	m.SkipBadRows = skip
	rd.Mapping = m
	if m.Shape == PerCustomer {
		rd.Accounts, rd.Report = t.Accounts(m)
	} else {
		rd.Series, rd.Report = t.ReadSeries(m)
	}
	return rd
}

// sameAsFullReader fails when the readers' fast path for plain cells reads
// data other than the full reader does.
func sameAsFullReader(t *testing.T, name string, data []byte, skip bool) {
	t.Helper()
	fast := readAll(data, skip)
	fullReader = true
	full := readAll(data, skip)
	fullReader = false
	if !reflect.DeepEqual(fast, full) {
		t.Fatalf("%s: the fast path reads\n%+v\nthe full reader\n%+v", name, fast, full)
	}
}

// amountCell writes an amount as cells of tables hold them: mostly plain,
// in either style, and now and then in a shape only the full reader reads.
func amountCell(rng *rand.Rand, style int) string {
	v := rng.Int64N(1 << uint(rng.IntN(40)+1))
	group, decimal := ",", "."
	if style == 1 {
		group, decimal = ".", ","
	}
	whole := fmt.Sprint(v / 100)
	if rng.IntN(2) == 0 {
		var b strings.Builder
		for i := range len(whole) {
			if i > 0 && (len(whole)-i)%3 == 0 {
				b.WriteString(group)
			}
			b.WriteByte(whole[i])
		}
		whole = b.String()
	}
	s := whole
	switch rng.IntN(4) {
	case 0:
		s += decimal + fmt.Sprintf("%02d", v%100)
	case 1:
		s += decimal + fmt.Sprint(v%10)
	case 2:
		s += decimal + fmt.Sprintf("%03d", v%1000)
	}
	switch rng.IntN(12) {
	case 0:
		s = "-" + s
	case 1:
		s = "$" + s
	case 2:
		s = "(" + s + ")"
	case 3:
		s = "Rp " + s
	case 4:
		s += "%"
	case 5:
		s = []string{"", "-", "#N/A", "n/a", "1 234", "12K", "$ 5", "1.2.3,4", "0.125"}[rng.IntN(9)]
	}
	return s
}

// generatedTable writes a per-customer list or a wide monthly sheet of
// amount cells, tab- or comma-separated, quoting cells that hold a comma.
func generatedTable(rng *rand.Rand) []byte {
	style := rng.IntN(3) // 2: both styles in one table
	sep := []string{",", "\t", ";"}[rng.IntN(3)]
	var b strings.Builder
	cell := func(s string) {
		if strings.ContainsAny(s, sep+`"`) {
			s = `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
		}
		b.WriteString(s)
	}
	wide := rng.IntN(2) == 0
	months := 2 + rng.IntN(14)
	if wide {
		b.WriteString("Customer")
		for m := range months {
			fmt.Fprintf(&b, "%s%d-%02d", sep, 2023+m/12, m%12+1)
		}
	} else {
		months = 2
		b.WriteString("Customer" + sep + "Start ARR" + sep + "End ARR")
	}
	b.WriteByte('\n')
	for r := rng.IntN(60); r >= 0; r-- {
		fmt.Fprintf(&b, "Customer %d", rng.IntN(40))
		st := style
		if st == 2 {
			st = rng.IntN(2)
		}
		for range months {
			b.WriteString(sep)
			cell(amountCell(rng, st))
		}
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// TestFastPathReadsAsTheFullReader compares the fast path for plain cells
// with the full reader on every table in testdata and on generated ones:
// the same mapping, figures, notices and errors.
func TestFastPathReadsAsTheFullReader(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*.*sv")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("testdata/*.*sv")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sameAsFullReader(t, f, data, false)
		sameAsFullReader(t, f, data, true)
	}
	rng := rand.New(rand.NewPCG(41, 42))
	for i := range 3_000 {
		sameAsFullReader(t, fmt.Sprint("generated table ", i), generatedTable(rng), i%2 == 0)
	}
	sameAsFullReader(t, "wide sheet", wideSheet(300, 36), false)
	sameAsFullReader(t, "customers", millionCSV(3_000), false)
}

// FuzzFastPathReadsAsTheFullReader compares the fast path for plain cells
// with the full reader on any text.
func FuzzFastPathReadsAsTheFullReader(f *testing.F) {
	rng := rand.New(rand.NewPCG(43, 44))
	for range 8 {
		f.Add(generatedTable(rng), false)
	}
	f.Add([]byte("Customer,Start,End\nA,\"1,200\",\"1,200.5\"\nB,$1,2\nC,-$5,$-5\n"), true)
	f.Add([]byte("Pelanggan;Jan 2024;Feb 2024\nA;1.200;1.200,50\nB;12,5;Rp 5.000,-\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, skip bool) {
		sameAsFullReader(t, "fuzzed", data, skip)
	})
}

// columnStyle is how newColumnReader decided a column's style and currency
// before it decided every column in one pass, a column at a time over all
// its first 10,000 rows.
func columnStyle(t *Table, m Mapping, col, first int) (Style, lang.Currency) {
	style, cur := m.Style, lang.None
	dot, comma := 0, 0
	for r := first; r < t.Rows() && r < first+10_000; r++ {
		rd, perr := figure.Scan(t.Cell(r, col))
		if !perr.None() {
			continue
		}
		if cur == lang.None {
			cur = rd.Currency()
		}
		if style != StyleAuto {
			if cur != lang.None || r > first+100 {
				break
			}
			continue
		}
		switch rd.Evidence() {
		case StyleDotDecimal:
			dot++
		case StyleCommaDecimal:
			comma++
		}
	}
	switch {
	case style != StyleAuto:
	case dot > comma:
		style = StyleDotDecimal
	case comma > dot:
		style = StyleCommaDecimal
	default:
		style = figure.CurrencyStyle(cur)
	}
	return style, cur
}

// TestColumnsDecidedInOnePass holds newColumnReaders, which stops a column
// once its evidence cannot turn, to the column-at-a-time decision, on
// columns whose evidence is close, lopsided, late or absent, with and
// without a currency, in tables shorter and longer than 10,000 rows.
func TestColumnsDecidedInOnePass(t *testing.T) {
	rng := rand.New(rand.NewPCG(61, 62))
	cells := []string{"1.5", "2,5", "1,200", "1.200", "$3", "Rp 4", "7", "", "x", "1.234,5", "1,234.5", "€2", "12%"}
	for i := range 60 {
		rows := []int{30, 200, 9_000, 10_500, 21_000}[i%5]
		cols := 1 + rng.IntN(4)
		var b strings.Builder
		for r := range rows {
			for c := range cols {
				if c > 0 {
					b.WriteByte('\t')
				}
				// Each column leans to a few kinds of cells, which change
				// part way down.
				k := (rng.IntN(3) + c*3 + i + r*4/rows) % len(cells)
				b.WriteString(cells[k])
			}
			b.WriteByte('\n')
		}
		tab, err := ReadTable([]byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		for _, style := range []Style{StyleAuto, StyleDotDecimal, StyleCommaDecimal} {
			m := Mapping{Style: style}
			all := make([]int, tab.Columns)
			for c := range all {
				all[c] = c
			}
			for c, cr := range tab.newColumnReaders(m, all, 1) {
				if wantStyle, wantCur := columnStyle(tab, m, c, 1); cr.style != wantStyle || cr.cur != wantCur {
					t.Fatalf("table %d, style %d, column %d: %d %v, want %d %v", i, style, c, cr.style, cr.cur, wantStyle, wantCur)
				}
			}
		}
	}
}

// TestAddSaturatingAsMoneyAdd: the sums of total rows add as calc.Money.Add
// does, and stop at the ends of the range where it fails.
func TestAddSaturatingAsMoneyAdd(t *testing.T) {
	vals := []calc.Money{0, 1, -1, 2, -2, 100, -100, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1,
		math.MaxInt64 / 2, math.MinInt64 / 2, -calc.MaxMoney}
	for _, a := range vals {
		for _, b := range vals {
			want, err := a.Add(b)
			if err != nil {
				want = -calc.MaxMoney
				if b > 0 {
					want = calc.MaxMoney
				}
			}
			if got := addSaturating(a, b); got != want {
				t.Errorf("%d + %d = %d, want %d", a, b, got, want)
			}
		}
	}
}

// TestClassifyLabelTakesNamesAtAGlance: the glance at a label's ends reads
// every label as the full reading does.
func TestClassifyLabelTakesNamesAtAGlance(t *testing.T) {
	words := []string{"Total", "total", "TOTAL", "Grand", "grand", "Sum", "sum", "Jumlah", "jumlah", "JUMLAH", "Subtotal", "sub-total", "Acme", "Brain", "Enterprise",
		"N/A", "none", "-", "[Business Name]", "<b>", "Ltd", "Q1", "Keseluruhan", "S.A.", ":", "é", "\u00a0", "0001", "Harbor", "Lumen"}
	rng := rand.New(rand.NewPCG(71, 72))
	for range 50_000 {
		var b strings.Builder
		for n := 1 + rng.IntN(4); n > 0; n-- {
			if b.Len() > 0 {
				b.WriteByte(" :-"[rng.IntN(3)])
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		if l := b.String(); classifyLabel(l) != classifyAnyLabel(l) {
			t.Fatalf("%q: %d at a glance, %d in full", l, classifyLabel(l), classifyAnyLabel(l))
		}
	}
}
