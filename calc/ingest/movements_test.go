package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

func readMovements(t *testing.T, name string) (*MovementsReading, Report, MovementsMapping) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "movements", name))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadTable(data)
	if err != nil {
		t.Fatal(err)
	}
	m, ok := DetectMovements(tab)
	if !ok {
		t.Fatalf("%s is not detected as a movements report: %+v", name, m)
	}
	r, rep := tab.Movements(m)
	return r, rep, m
}

// wantMonths are the months every fixture holds, in cents of its currency
// unit (rupiah fixtures are a thousand times larger).
var wantMonths = []MovementMonth{
	{Movement: monthly.Movement{Month: monthly.MonthOf(2024, 1), Total: 1_000_000, New: 0}, Starting: 1_000_000},
	{Movement: monthly.Movement{Month: monthly.MonthOf(2024, 2), Total: 1_180_000, New: 250_000, Expansion: 80_000, Contraction: 30_000, Churn: 120_000}, Starting: 1_000_000},
	{Movement: monthly.Movement{Month: monthly.MonthOf(2024, 3), Total: 1_283_025, New: 100_000, Expansion: 45_050, Contraction: 12_025, Churn: 60_000, Reactivation: 30_000}, Starting: 1_180_000},
	{Movement: monthly.Movement{Month: monthly.MonthOf(2024, 4), Total: 1_477_825, Expansion: 199_800, Contraction: 5_000}, Starting: 1_283_025},
}

func TestMovementsReportsAsTheExportsWriteThem(t *testing.T) {
	for _, c := range []struct {
		scenario string
		file     string
		shape    MovementsShape
		scale    calc.Money
		// openingAsNew: the report counts January's customers as new.
		openingAsNew bool
		paying       []int
		notices      []string
	}{
		{"ChartMogul metrics: losses negative, month-end dates, BOM and CRLF", "chartmogul-metrics.csv", MonthlyMovements, 1, true, nil,
			[]string{"Losses are written as negative amounts (such as “-300.00” in column “mrr-contraction”); they were read as losses."}},
		{"ChartMogul movements: one row per customer, signed cents", "chartmogul-movements.csv", CustomerMovements, 1, true, []int{3, 4, 5, 5},
			[]string{"Column “MRR_MOVEMENT” holds cents: its amounts were divided by 100."}},
		{"NRR Lab's own query result", "nrrlab-query.csv", MonthlyMovements, 1, false, []int{3, 4, 5, 5}, nil},
		{"Indonesian sheet in rupiah with a total row", "sheets-indonesian.tsv", MonthlyMovements, 1000, false, []int{3, 4, 5, 5},
			[]string{"Left out 1 total row, row 6 (“Jumlah”)."}},
	} {
		r, rep, m := readMovements(t, c.file)
		if !rep.OK() || r == nil {
			t.Errorf("%s: %v", c.scenario, rep.Errors)
			continue
		}
		if m.Shape != c.shape {
			t.Errorf("%s: shape %d", c.scenario, m.Shape)
		}
		if len(r.Months) != len(wantMonths) {
			t.Fatalf("%s: %d months", c.scenario, len(r.Months))
		}
		for i, w := range wantMonths {
			got := r.Months[i]
			want := w
			if c.openingAsNew && i == 0 {
				want.Starting, want.New = 0, w.Total
			}
			g := []calc.Money{got.Starting, got.New, got.Expansion, got.Contraction, got.Churn, got.Reactivation, got.Total}
			e := []calc.Money{want.Starting, want.New, want.Expansion, want.Contraction, want.Churn, want.Reactivation, want.Total}
			for k := range g {
				if g[k] != e[k]*c.scale {
					t.Errorf("%s: %s figure %d = %s, want %s", c.scenario, got.Month, k, g[k], e[k]*c.scale)
				}
			}
			if got.Month != want.Month {
				t.Errorf("%s: month %s, want %s", c.scenario, got.Month, want.Month)
			}
			if c.paying != nil && got.Paying != c.paying[i] {
				t.Errorf("%s: %s paying %d, want %d", c.scenario, got.Month, got.Paying, c.paying[i])
			}
		}
		if len(r.Mismatches) != 0 {
			t.Errorf("%s: mismatches %+v", c.scenario, r.Mismatches)
		}
		for _, n := range c.notices {
			if !strings.Contains(strings.Join(rep.NoticesIn(lang.Printer{}), "\n"), n) {
				t.Errorf("%s: no notice %q in %q", c.scenario, n, rep.NoticesIn(lang.Printer{}))
			}
		}
	}
}

func TestCustomerMovementsAddUpToTheMetrics(t *testing.T) {
	byCustomer, _, _ := readMovements(t, "chartmogul-movements.csv")
	metrics, _, _ := readMovements(t, "chartmogul-metrics.csv")
	for i, mm := range metrics.Months {
		got := byCustomer.Months[i]
		if got.Total != mm.Total || got.New != mm.New || got.Expansion != mm.Expansion || got.Contraction != mm.Contraction ||
			got.Churn != mm.Churn || got.Reactivation != mm.Reactivation {
			t.Errorf("%s: customers add up to %+v, the metrics say %+v", mm.Month, got.Movement, mm.Movement)
		}
	}
	// The drill-down: who churned in March, told apart by their ids.
	var churned, placeholders []string
	for _, cm := range byCustomer.Customers {
		if cm.Month == monthly.MonthOf(2024, 3) && cm.Kind == KindChurn {
			churned = append(churned, cm.Customer+" "+cm.CustomerID+" "+cm.Amount.String())
		}
		if cm.Customer == "-" {
			placeholders = append(placeholders, cm.CustomerID)
		}
	}
	if strings.Join(churned, ";") != "[Business Name] cus_F 600.00" || len(placeholders) != 2 || placeholders[0] != "cus_E" {
		t.Errorf("March churn %q, placeholder names %q", churned, placeholders)
	}
	if m := byCustomer.Months[2]; m.NewCount != 1 || m.ChurnCount != 1 || m.ReactivationCount != 1 || m.ExpansionCount != 1 || m.ContractionCount != 1 {
		t.Errorf("March counts %+v", m.Movement)
	}
}

func TestMovementsThatDoNotAddUpSayWhere(t *testing.T) {
	r, rep, _ := readMovements(t, "sheets-malay-mismatch.tsv")
	if r == nil {
		t.Fatalf("%v", rep.Errors)
	}
	want := []Mismatch{
		{Month: monthly.MonthOf(2024, 3), Expected: 1_283_025, Found: 1_290_025, Difference: 7_000, Line: 4},
		{Month: monthly.MonthOf(2024, 4), Expected: 1_290_025, Found: 1_283_025, Difference: -7_000, Carry: true, Line: 5},
	}
	if len(r.Mismatches) != len(want) {
		t.Fatalf("mismatches %+v", r.Mismatches)
	}
	for i, w := range want {
		if r.Mismatches[i] != w {
			t.Errorf("mismatch %d = %+v, want %+v", i, r.Mismatches[i], w)
		}
	}
	notices := strings.Join(rep.NoticesIn(lang.Printer{}), "\n")
	for _, n := range []string{
		"1 month does not add up: in Mar 2024, starting $11,800.00 + new $1,000.00 + expansion $450.50 + reactivation $300.00 − contraction $120.25 − churn $600.00 = $12,830.25, but the ending MRR is $12,900.25 (a difference of $70.00).",
		"1 month does not start where the month before ended: Apr 2024 starts at $12,830.25, but Mar 2024 ended at $12,900.25 (a difference of −$70.00).",
	} {
		if !strings.Contains(notices, n) {
			t.Errorf("no notice %q in\n%s", n, notices)
		}
	}
}

func TestMissingMonthsAreCountedInOneNotice(t *testing.T) {
	text := "month,new_mrr,expansion_mrr,contraction_mrr,ending_mrr\n2024-01-01,1,0,0,1\n2024-03-01,0,0,0,1\n2024-06-01,0,0,0,1\n"
	tab, _ := ReadTable([]byte(text))
	m, _ := DetectMovements(tab)
	r, rep := tab.Movements(m)
	if r == nil || len(r.Months) != 3 {
		t.Fatalf("%v", rep.Errors)
	}
	if n := strings.Join(rep.NoticesIn(lang.Printer{}), "\n"); !strings.Contains(n, "The months skip 2 times, such as from Jan 2024 to Mar 2024") {
		t.Errorf("notices %q", rep.NoticesIn(lang.Printer{}))
	}
}

func TestMovementsErrorsNameTheCell(t *testing.T) {
	for _, c := range []struct {
		scenario string
		text     string
		want     string
	}{
		{"an unknown movement type", "DATE,CUSTOMER_NAME,MRR_MOVEMENT,MOVEMENT_TYPE\n2024-01-03,Acme,500,new_biz\n2024-01-09,Bolt,300,new_biz\n2024-02-03,Acme,100,upsell\n",
			"Row 4, column “MOVEMENT_TYPE”: “upsell” cannot be read. Expected a movement type such as new_biz, expansion, contraction, churn or reactivation."},
		{"a negative gain", "month,starting_mrr,new_mrr,expansion_mrr,contraction_mrr,churned_mrr,ending_mrr\n2024-01-01,0,-5,0,0,0,-5\n",
			"Row 2, column “new_mrr”: “-5” cannot be read. Expected an amount of zero or more: a gain cannot be negative."},
		{"a month that is not one", "month,new_mrr,expansion_mrr,contraction_mrr,ending_mrr\n2024-01-01,1,0,0,1\nsoon,0,0,0,1\n",
			"Row 3, column “month”: “soon” cannot be read. Expected a month such as 2024-01, Jan 2024 or 31/01/2024."},
		{"a month twice", "month,new_mrr,expansion_mrr,contraction_mrr,ending_mrr\n2024-01-01,1,0,0,1\n2024-01-31,0,0,0,1\n",
			"Jan 2024 appears on two rows (2 and 3)"},
		{"an amount that is not one", "Bulan\tMRR Baru\tEkspansi\tKontraksi\tMRR Akhir\nJan 2024\tRp 1.000\tRp 1,2,3\tRp 0\tRp 1.000\n",
			"Row 2, column “Ekspansi”: “Rp 1,2,3” cannot be read"},
	} {
		tab, err := ReadTable([]byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		m, ok := DetectMovements(tab)
		if !ok {
			t.Fatalf("%s: not detected", c.scenario)
		}
		r, rep := tab.Movements(m)
		if r != nil || rep.OK() {
			t.Errorf("%s: read without errors", c.scenario)
			continue
		}
		if got := rep.Errors[0].Error(); !strings.Contains(got, c.want) {
			t.Errorf("%s: %q, want %q", c.scenario, got, c.want)
		}
	}
}

func TestOtherTablesAreNotMovements(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.*")
	exports, _ := filepath.Glob("testdata/exports/*.*")
	files = append(files, exports...)
	for _, f := range files {
		data, _ := os.ReadFile(f)
		tab, err := ReadTable(data)
		if err != nil {
			continue
		}
		if m, ok := DetectMovements(tab); ok {
			t.Errorf("%s is taken for a movements report: %+v", f, m)
		}
	}
}

func TestMovementCentsRoundHalfAwayFromZero(t *testing.T) {
	text := "DATE,CUSTOMER_NAME,MRR_MOVEMENT,MOVEMENT_TYPE\n2024-01-03,Acme,1999.5,new_biz\n2024-02-03,Acme,-1999.5,churn\n"
	tab, _ := ReadTable([]byte(text))
	m, ok := DetectMovements(tab)
	if !ok || !m.Cents {
		t.Fatalf("not read as cents: %+v", m)
	}
	r, rep := tab.Movements(m)
	if r == nil {
		t.Fatal(rep.Errors)
	}
	if jan, feb := r.Months[0], r.Months[1]; jan.New != 2000 || feb.Churn != 2000 || feb.Total != 0 {
		t.Errorf("January %+v, February %+v", jan.Movement, feb.Movement)
	}
}
