package data

import (
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
