package ingest

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/monthly"
)

// The built-in samples a consultant opens with one click to demo offline.
// Each is generated once from a fixed seed; TestSamples fails when a
// committed file differs from what its generator writes, so they never
// drift, and reads each the way the page does.
const (
	sampleCustomersFile = "../../web/sample-customers.csv"
	sampleMRRFile       = "../../web/sample-mrr.csv"
	sampleMRRIDFile     = "../../web/sample-mrr-id.csv"
)

// Invented company names: a first word and a trade, sometimes a legal form.
var (
	nameFirst = []string{"Amberly", "Aspenfield", "Bluefin", "Brightwater", "Cobalt Ridge", "Copperleaf", "Driftwood", "Elmstead",
		"Fernhill", "Foxglove", "Granite Bay", "Harbor Lane", "Hollow Oak", "Ironbark", "Juniper", "Kestrel", "Larkspur", "Maple Row",
		"Meadowlark", "Northgate", "Oakridge", "Pinecrest", "Quillstone", "Redwing", "Saltmarsh", "Silverline", "Stonebridge",
		"Tidewater", "Willowbrook", "Yarrow"}
	nameTrade = []string{"Analytics", "Dental", "Logistics", "Bakery", "Fitness", "Legal", "Architects", "Veterinary", "Media",
		"Software", "Outfitters", "Realty", "Clinics", "Labs", "Consulting", "Coffee Roasters", "Studios", "Freight", "Solar",
		"Accounting", "Marketing", "Health", "Robotics", "Insurance", "Tutoring", "Brewing", "Design", "Property Group"}
	nameForm = []string{", Inc.", ", Inc.", " LLC", " Ltd", " Co"}

	namaDepan = []string{"Sinar", "Cahaya", "Mitra", "Karya", "Berkah", "Anugerah", "Bintang", "Samudra", "Tirta", "Bumi", "Cipta",
		"Surya", "Mega", "Putra", "Duta", "Graha", "Citra", "Harapan", "Kencana", "Pelita"}
	namaTengah = []string{"Maju", "Jaya", "Sentosa", "Abadi", "Makmur", "Sejahtera", "Nusantara", "Mandiri", "Prima", "Lestari",
		"Utama", "Persada", "Gemilang", "Sukses", "Indah", "Mulia"}
	namaUsaha = []string{"Digital", "Teknologi", "Logistik", "Solusi", "Farma", "Niaga", "Kreasi", "Informatika", "Konsultan", "Medika"}
)

// companyNames returns n distinct invented English names.
func companyNames(rng *rand.Rand, n int) []string {
	names := make([]string, 0, n)
	for _, i := range rng.Perm(len(nameFirst) * len(nameTrade))[:n] {
		name := nameFirst[i/len(nameTrade)] + " " + nameTrade[i%len(nameTrade)]
		if rng.IntN(2) == 0 {
			name += nameForm[rng.IntN(len(nameForm))]
		}
		names = append(names, name)
	}
	return names
}

// namaPerusahaan returns n distinct invented Indonesian company names: PT
// and CV mostly, a few clinics, shops and cooperatives.
func namaPerusahaan(rng *rand.Rand, n int) []string {
	seen := map[string]bool{}
	names := make([]string, 0, n)
	for len(names) < n {
		a, b := namaDepan[rng.IntN(len(namaDepan))], namaTengah[rng.IntN(len(namaTengah))]
		var name string
		switch r := rng.IntN(20); {
		case r < 11:
			name = "PT " + a + " " + b + " " + namaUsaha[rng.IntN(len(namaUsaha))]
		case r < 17:
			name = "CV " + a + " " + b
		case r < 18:
			name = "Klinik " + a + " " + b
		case r < 19:
			name = "Toko " + a + " " + b
		default:
			name = "Koperasi " + b + " " + a
		}
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	return names
}

// customerRow is a row of the per-customer sample; a blank amount is zero
// written as nothing.
type customerRow struct {
	name, segment        string
	start, end           calc.Money
	blankStart, blankEnd bool
}

// customerSample is about 200 customers' ARR a year apart: SMB, mid-market
// and enterprise, some churned, some new, expansions and contractions, one
// customer on two rows.
func customerSample() []customerRow {
	rng := rand.New(rand.NewPCG(2024, 1))
	names := companyNames(rng, 200)
	rows := make([]customerRow, 0, 201)
	for _, name := range names {
		row := customerRow{name: name}
		var arr int64 // dollars
		// The chances of leaving, shrinking and growing, and the most a
		// customer grows, by segment: small customers leave more, large
		// ones grow more.
		var churn, contract, expand float64
		var growth int
		switch r := rng.Float64(); {
		case r < 0.6:
			row.segment = "SMB"
			arr = 12 * []int64{99, 149, 199, 299, 399, 499, 799, 1199, 1599, 1999}[rng.IntN(10)]
			churn, contract, expand, growth = 0.12, 0.08, 0.24, 90
		case r < 0.9:
			row.segment = "Mid-market"
			arr = 500 * (50 + rng.Int64N(190)) // $25,000 to $119,500
			churn, contract, expand, growth = 0.07, 0.09, 0.32, 70
		default:
			row.segment = "Enterprise"
			arr = 5000 * (24 + rng.Int64N(107)) // $120,000 to $650,000
			churn, contract, expand, growth = 0.03, 0.1, 0.5, 60
		}
		// A negotiated discount leaves cents.
		discount := []int64{0, 0, 0, 5, 10, 15}[rng.IntN(6)]
		start := calc.Money(arr * (100 - discount))
		end := start
		switch r := rng.Float64(); {
		case r < 0.1:
			start = 0 // new this year
		case r < 0.1+churn:
			end = 0
		case r < 0.1+churn+contract:
			end = start * calc.Money(70+rng.IntN(26)) / 100
		case r < 0.1+churn+contract+expand:
			end = start * calc.Money(110+rng.IntN(growth)) / 100
		}
		row.blankStart = start == 0 && rng.IntN(2) == 0
		row.blankEnd = end == 0 && rng.IntN(2) == 0
		row.start, row.end = start, end
		rows = append(rows, row)
	}
	// A second subscription of one mid-market customer, further down.
	for i, r := range rows {
		if r.segment == "Mid-market" && r.start > 0 && r.end > 0 {
			dup := customerRow{name: r.name, segment: r.segment, start: 0, end: 18_000_00, blankStart: true}
			at := i + 40 + rng.IntN(100)
			rows = slices.Insert(rows, at, dup)
			break
		}
	}
	return rows
}

// usd writes an amount as a US spreadsheet shows it: $12,500.00.
func usd(m calc.Money) string {
	return "$" + grouped(int64(m)/100, ',') + fmt.Sprintf(".%02d", int64(m)%100)
}

// grouped writes n with sep between groups of three digits.
func grouped(n int64, sep byte) string {
	s := strconv.FormatInt(n, 10)
	var b []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, sep)
		}
		b = append(b, s[i])
	}
	return string(b)
}

// csvField quotes a field that holds the delimiter, as a spreadsheet does.
func csvField(s string, delimiter byte) string {
	if strings.IndexByte(s, delimiter) >= 0 || strings.Contains(s, `"`) {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

func customersCSV(rows []customerRow) []byte {
	var b bytes.Buffer
	b.WriteString("Customer,Segment,Start ARR,End ARR\r\n")
	amount := func(m calc.Money, blank bool) string {
		if blank {
			return ""
		}
		return csvField(usd(m), ',')
	}
	for _, r := range rows {
		fmt.Fprintf(&b, "%s,%s,%s,%s\r\n", csvField(r.name, ','), r.segment, amount(r.start, r.blankStart), amount(r.end, r.blankEnd))
	}
	return b.Bytes()
}

// sampleSheet is a wide MRR sheet of a built-in sample: a row per customer, a column per month.
type sampleSheet struct {
	names, plans []string
	start        monthly.Month
	months       int
	amounts      [][]calc.Money
}

// plan is a price list: its name, its monthly prices in cents, the chances
// each month that a customer leaves, grows a step or shrinks a step.
type plan struct {
	name                  string
	prices                []calc.Money
	share                 float64
	churn, expand, shrink float64
}

// simulate writes n customers over months: some paying from the start,
// the others joining over time; each month some leave, some move up or
// down their plan's prices, and some who left come back a few months later.
func simulate(rng *rand.Rand, names []string, plans []plan, start monthly.Month, months int) sampleSheet {
	s := sampleSheet{names: names, start: start, months: months}
	for range names {
		p := plans[len(plans)-1]
		for r, i := rng.Float64(), 0; i < len(plans); i++ {
			if r < plans[i].share {
				p = plans[i]
				break
			}
			r -= plans[i].share
		}
		row := make([]calc.Money, months)
		joined := 0
		if rng.Float64() > 0.55 {
			joined = 1 + rng.IntN(months-1)
		}
		step := rng.IntN(len(p.prices) - 1)
		returnAt := -1
		for m := joined; m < months; m++ {
			if returnAt > m {
				continue
			}
			if returnAt == m {
				step = max(step-rng.IntN(2), 0)
				returnAt = -1
			}
			row[m] = p.prices[step]
			switch r := rng.Float64(); {
			case r < p.churn:
				if rng.Float64() < 0.25 {
					returnAt = m + 3 + rng.IntN(6) // leaves, then returns
				} else {
					returnAt = months
				}
			case r < p.churn+p.expand && step+1 < len(p.prices):
				step++
			case r < p.churn+p.expand+p.shrink && step > 0:
				step--
			}
		}
		s.plans = append(s.plans, p.name)
		s.amounts = append(s.amounts, row)
	}
	return s
}

// mrrSample is 300 customers × 24 months of a US SaaS, January 2024 to
// December 2025.
func mrrSample() sampleSheet {
	rng := rand.New(rand.NewPCG(2024, 2))
	cents := func(dollars ...float64) []calc.Money {
		out := make([]calc.Money, len(dollars))
		for i, d := range dollars {
			out[i] = calc.Money(d*100 + 0.5)
		}
		return out
	}
	plans := []plan{
		{name: "Starter", prices: cents(49, 79, 99, 149, 199), share: 0.55, churn: 0.018, expand: 0.03, shrink: 0.01},
		// Growth is priced per seat at $24.90, hence the cents.
		{name: "Growth", prices: cents(249, 373.5, 498, 747, 996, 1245), share: 0.32, churn: 0.01, expand: 0.04, shrink: 0.012},
		{name: "Scale", prices: cents(1500, 2500, 4000, 6500, 9000, 12500), share: 0.13, churn: 0.006, expand: 0.045, shrink: 0.01},
	}
	return simulate(rng, companyNames(rng, 300), plans, monthly.MonthOf(2024, 1), 24)
}

// mrrIDSample is 150 customers × 24 months of a Jakarta SaaS in rupiah,
// Rp 500.000 to Rp 50 juta a month.
func mrrIDSample() sampleSheet {
	rng := rand.New(rand.NewPCG(2024, 3))
	rupiah := func(r ...int64) []calc.Money {
		out := make([]calc.Money, len(r))
		for i, v := range r {
			out[i] = calc.Money(v * 100)
		}
		return out
	}
	plans := []plan{
		{name: "Dasar", prices: rupiah(500_000, 750_000, 1_000_000, 1_250_000, 1_500_000), share: 0.5, churn: 0.02, expand: 0.03, shrink: 0.01},
		{name: "Bisnis", prices: rupiah(2_500_000, 3_500_000, 5_000_000, 7_500_000), share: 0.35, churn: 0.012, expand: 0.035, shrink: 0.012},
		{name: "Korporat", prices: rupiah(12_500_000, 15_000_000, 20_000_000, 30_000_000, 50_000_000), share: 0.15, churn: 0.006, expand: 0.04, shrink: 0.01},
	}
	return simulate(rng, namaPerusahaan(rng, 150), plans, monthly.MonthOf(2024, 1), 24)
}

var bulanIndonesia = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}

// csv writes the US sheet: Jan 2024 headers, amounts as 1,250.00, blanks
// for zero.
func (s sampleSheet) csv() []byte {
	var b bytes.Buffer
	b.WriteString("Customer,Plan")
	for m := range s.months {
		mo := s.start + monthly.Month(m)
		fmt.Fprintf(&b, ",%s %d", mo.Month().String()[:3], mo.Year())
	}
	b.WriteString("\r\n")
	for i, name := range s.names {
		b.WriteString(csvField(name, ',') + "," + s.plans[i])
		for _, v := range s.amounts[i] {
			b.WriteByte(',')
			if v != 0 {
				b.WriteString(csvField(grouped(int64(v)/100, ',')+fmt.Sprintf(".%02d", int64(v)%100), ','))
			}
		}
		b.WriteString("\r\n")
	}
	return b.Bytes()
}

// csvID writes the Indonesian sheet as Excel in Indonesian saves it:
// semicolons, Januari 2024 headers, Rp 1.250.000, some amounts typed as
// 2,5 juta or 15 jt, blanks for zero, and a Jumlah row.
func (s sampleSheet) csvID() []byte {
	rng := rand.New(rand.NewPCG(2024, 4))
	rp := func(v calc.Money) string { return "Rp " + grouped(int64(v)/100, '.') }
	var b bytes.Buffer
	b.WriteString("Pelanggan;Paket")
	for m := range s.months {
		mo := s.start + monthly.Month(m)
		fmt.Fprintf(&b, ";%s %d", bulanIndonesia[mo.Month()-1], mo.Year())
	}
	b.WriteString("\r\n")
	totals := make([]calc.Money, s.months)
	for i, name := range s.names {
		b.WriteString(name + ";" + s.plans[i])
		// Some people type millions in words.
		words := rng.IntN(5) == 0
		for m, v := range s.amounts[i] {
			b.WriteByte(';')
			totals[m] += v
			switch juta := int64(v) / 100 / 100_000; {
			case v == 0:
			case words && int64(v)%10_000_000 == 0 && juta >= 10:
				unit := []string{"juta", "jt"}[rng.IntN(2)]
				if juta%10 == 0 {
					fmt.Fprintf(&b, "%d %s", juta/10, unit)
				} else {
					fmt.Fprintf(&b, "%d,%d %s", juta/10, juta%10, unit)
				}
			default:
				b.WriteString(rp(v))
			}
		}
		b.WriteString("\r\n")
	}
	b.WriteString("Jumlah;")
	for _, v := range totals {
		b.WriteString(";" + rp(v))
	}
	b.WriteString("\r\n")
	return b.Bytes()
}

func TestSamples(t *testing.T) {
	customers, mrr, mrrID := customerSample(), mrrSample(), mrrIDSample()
	files := []struct {
		path string
		data []byte
	}{
		{sampleCustomersFile, customersCSV(customers)},
		{sampleMRRFile, mrr.csv()},
		{sampleMRRIDFile, mrrID.csvID()},
	}
	for _, f := range files {
		if *update {
			if err := os.WriteFile(f.path, f.data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		committed, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(committed, f.data) {
			t.Errorf("%s differs from what its generator writes: run go test ./calc/ingest -run TestSamples -update", f.path)
		}
	}
	t.Run("per-customer sample reads as the customers generated", func(t *testing.T) {
		tab, m := readSample(t, sampleCustomersFile)
		if m.Shape != PerCustomer || !m.Header || m.Customer != 0 || m.Segment != 1 || m.Start != 2 || m.End != 3 || tab.Delimiter != ',' {
			t.Fatalf("mapping %+v, delimiter %q", m, tab.Delimiter)
		}
		accounts, rep := tab.Accounts(m)
		if !rep.OK() || len(accounts) != len(customers) {
			t.Fatalf("%d accounts, errors %v", len(accounts), rep.Errors)
		}
		for i, r := range customers {
			if a := accounts[i]; a != (calc.Account{Customer: r.name, Segment: r.segment, Start: r.start, End: r.end}) {
				t.Errorf("row %d read as %+v, generated %+v", i+2, a, r)
			}
		}
		b, err := calc.NewBridge(accounts, calc.BridgeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		// Checked by hand against the file: 201 rows, the sums of its
		// columns, its first row, and Silverline Analytics, Inc. on rows 8
		// and 96 merged into one customer.
		first := accounts[0]
		if len(accounts) != 201 || b.Start != 12_278_529_40 || b.End != 14_317_168_03 ||
			first.Customer != "Yarrow Coffee Roasters Co" || first.Start != 0 || first.End != 1_128_60 ||
			len(b.Rows) != 200 || len(b.Notices) != 1 || !strings.Contains(b.Notices[0].Error(), "Silverline Analytics, Inc.") {
			t.Errorf("%d rows, bridge start %v end %v, first row %+v, %d customers, notices %q", len(accounts), b.Start, b.End, first, len(b.Rows), b.Notices)
		}
		if b.Start+b.Expansion-b.Contraction-b.Churn+b.New != b.End || b.Retention.NRR < 1 || b.Retention.NRR > 1.15 {
			t.Errorf("bridge %+v does not reconcile or its NRR %.3f is not a healthy company's", b.BridgeTotals, b.Retention.NRR)
		}
		for _, kind := range []calc.Movement{calc.Flat, calc.Expanded, calc.Contracted, calc.Churned, calc.New} {
			if b.Counts[kind] == 0 {
				t.Errorf("no customer of movement %d: the sample should show every kind", kind)
			}
		}
	})
	t.Run("US MRR sample reads as the sheet generated", func(t *testing.T) {
		tab, m := readSample(t, sampleMRRFile)
		s, a := checkMRRSample(t, tab, m, mrr, ',')
		// Checked by hand against the file: the first and last columns'
		// sums, and Pinecrest Software LLC, who leaves after February 2024
		// and returns in September.
		pinecrest := slices.Index(s.Customers, "Pinecrest Software LLC")
		if a.Movements[0].Total != 119_447_50 || a.Movements[23].Total != 276_027_50 || pinecrest < 0 ||
			s.Amount(pinecrest, 1) == 0 || s.Amount(pinecrest, 2) != 0 || s.Amount(pinecrest, 7) != 0 || s.Amount(pinecrest, 8) == 0 {
			t.Errorf("January 2024 %v, December 2025 %v, Pinecrest Software LLC at %d", a.Movements[0].Total, a.Movements[23].Total, pinecrest)
		}
	})
	t.Run("Indonesian MRR sample reads as the sheet generated", func(t *testing.T) {
		tab, m := readSample(t, sampleMRRIDFile)
		s, a := checkMRRSample(t, tab, m, mrrID, ';')
		// Checked by hand against the file: the Jumlah row is left out and
		// equals the sums of the months read; PT Putra Sejahtera Digital
		// pays 2,5 jt, which is Rp 2.500.000.
		last := tab.Rows() - 1
		if tab.Cell(last, 0) != "Jumlah" || tab.Cell(last, 2) != "Rp 346.000.000" || tab.Cell(last, 25) != "Rp 775.000.000" ||
			a.Movements[0].Total != 346_000_000_00 || a.Movements[23].Total != 775_000_000_00 || !hasNotice(seriesReport(tab, m), "Left out 1 total row whose figures are the sums of the rows above it: row 152 (“Jumlah”).") {
			t.Errorf("Jumlah row %q %q, months read %v and %v", tab.Cell(last, 2), tab.Cell(last, 25), a.Movements[0].Total, a.Movements[23].Total)
		}
		for m := range s.Months {
			if want, err := ParseFigure(tab.Cell(last, 2+m), StyleCommaDecimal); err != nil || want.Amount != a.Movements[m].Total {
				t.Errorf("month %d: Jumlah %q, months read add up to %v", m, tab.Cell(last, 2+m), a.Movements[m].Total)
			}
		}
		putra := slices.Index(s.Customers, "PT Putra Sejahtera Digital")
		words := 0
		for c := 2; putra >= 0 && c < tab.Columns; c++ {
			// Its row in the table is its index, after the header.
			if v := tab.Cell(putra+1, c); v == "2,5 jt" || v == "2,5 juta" {
				words++
				if got := s.Amount(putra, c-2); got != 2_500_000_00 {
					t.Errorf("PT Putra Sejahtera Digital's %q read as %v", v, got)
				}
			}
		}
		if words == 0 {
			t.Errorf("PT Putra Sejahtera Digital (customer %d) has no 2,5 jt to check", putra)
		}
	})
}

// seriesReport reads a table's series again for its report.
func seriesReport(tab *Table, m Mapping) Report {
	_, r := tab.Series(m)
	return r
}

func readSample(t *testing.T, path string) (*Table, Mapping) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadTable(data)
	if err != nil {
		t.Fatal(err)
	}
	m, err := tab.Detect()
	if err != nil {
		t.Fatal(err)
	}
	return tab, m
}

// checkMRRSample checks that a wide sample reads as generated, every amount
// to the cent, and that it shows every movement a demo needs.
func checkMRRSample(t *testing.T, tab *Table, m Mapping, want sampleSheet, delimiter byte) (*monthly.Series, *monthly.Analysis) {
	t.Helper()
	if m.Shape != Wide || m.Customer != 0 || m.Plan != 1 || len(m.Months) != want.months || m.Months[0].Month != want.start || m.Unit != monthly.MRR || tab.Delimiter != delimiter {
		t.Fatalf("mapping %+v, delimiter %q", m, tab.Delimiter)
	}
	s, rep := tab.Series(m)
	if !rep.OK() {
		t.Fatalf("errors %v", rep.Errors)
	}
	if !slices.Equal(s.Customers, want.names) {
		t.Fatalf("customers %q, generated %q", s.Customers, want.names)
	}
	for c := range want.names {
		if !slices.Equal(s.Amounts[c*s.Months:(c+1)*s.Months], want.amounts[c]) {
			t.Errorf("%s read as %v, generated %v", want.names[c], s.Amounts[c*s.Months:(c+1)*s.Months], want.amounts[c])
		}
	}
	a, err := monthly.Analyse(s, monthly.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sum monthly.Movement
	for _, mv := range a.Movements[1:] {
		sum.NewCount += mv.NewCount
		sum.ExpansionCount += mv.ExpansionCount
		sum.ContractionCount += mv.ContractionCount
		sum.ChurnCount += mv.ChurnCount
		sum.ReactivationCount += mv.ReactivationCount
	}
	if sum.NewCount == 0 || sum.ExpansionCount == 0 || sum.ContractionCount == 0 || sum.ChurnCount == 0 || sum.ReactivationCount == 0 {
		t.Errorf("movements %+v: the sample should show every kind", sum)
	}
	if nrr := a.Trailing[s.Months-1].NRR; nrr < 0.95 || nrr > 1.15 {
		t.Errorf("trailing NRR %.3f at the last month: not a plausible company", nrr)
	}
	return s, a
}
