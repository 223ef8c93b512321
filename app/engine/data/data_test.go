package data

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"nrrlab/app/model"
)

// load reads a fixture into a data page, as a paste of the file would.
func load(t *testing.T, path string) (*Page, *model.Model) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := model.Sample()
	e := &Page{}
	var stages []string
	e.Load(path, b, &m, "2026-11-25", func(stage string, done float64) { stages = append(stages, stage) })
	if len(stages) == 0 {
		t.Error("no progress was reported")
	}
	return e, &m
}

func TestEveryFixtureIsAnalysed(t *testing.T) {
	for _, path := range []string{
		"../../../calc/ingest/testdata/excel-usd.tsv",
		"../../../calc/ingest/testdata/wide-malay.tsv",
		"../../../calc/ingest/testdata/billing-long.csv",
		"../../../calc/ingest/testdata/exports/dbt_mrr_playbook_subscription_periods.csv",
		"../../../web/sample-customers.csv",
		"../../../web/sample-mrr.csv",
		"../../../web/sample-mrr-id.csv",
		"../../../calc/ingest/testdata/xlsx/usd-per-customer.xlsx",
		"../../../calc/ingest/testdata/movements/chartmogul-metrics.csv",
		"../../../calc/ingest/testdata/movements/chartmogul-movements.csv",
	} {
		t.Run(path, func(t *testing.T) {
			e, m := load(t, path)
			if e.problem != "" || (e.bridge == nil && e.analysis == nil) {
				t.Fatalf("not analysed: %s %q %v", e.problem, e.report.Notices, e.report.Errors)
			}
			blocks := e.Blocks(m)
			if len(blocks) < 3 {
				t.Fatalf("%d blocks", len(blocks))
			}
			if w := e.Window(0); e.bridge != nil && strings.Count(w.HTML, "<tr aria-rowindex") != min(RowsShown+2*RowsAhead, len(e.bridge.Rows)) {
				t.Errorf("customer window: %q", w.HTML)
			}
		})
	}
}

// A search typed after the table was read filters the customers at once,
// with no other change to the page.
func TestSearchFiltersTheCustomersWithTheStateItComesWith(t *testing.T) {
	e, m := load(t, "../../../web/sample-customers.csv")
	before := e.Search(m).HTML
	if m.Data == nil {
		m.Data = map[string]string{}
	}
	next := *m
	next.Data = map[string]string{}
	for k, v := range m.Data {
		next.Data[k] = v
	}
	next.Data[keySearch] = "granite bay"
	got := e.Search(&next).HTML
	n := 0
	for _, r := range e.bridge.Rows {
		if strings.Contains(strings.ToLower(r.Customer), "granite bay") {
			n++
		}
	}
	if got == before || n == 0 || !strings.Contains(got, "Granite Bay Design") || !strings.Contains(got, fmt.Sprintf(">%d customers<", n)) {
		t.Errorf("search for “granite bay”: %.600s", got)
	}
}
