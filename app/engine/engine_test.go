package engine

import (
	"os"
	"strings"
	"testing"

	"nrrlab/app/engine/api"
)

func load(t *testing.T, path string, s api.Settings) (*Engine, *api.View) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	e := New()
	var stages []string
	v := e.Load(path, data, s, func(stage string, done float64) { stages = append(stages, stage) })
	if len(stages) == 0 {
		t.Error("no progress was reported")
	}
	return e, v
}

func TestEveryFixtureIsAnalysed(t *testing.T) {
	for _, path := range []string{
		"../../calc/ingest/testdata/excel-usd.tsv",
		"../../calc/ingest/testdata/wide-malay.tsv",
		"../../calc/ingest/testdata/billing-long.csv",
		"../../calc/ingest/testdata/exports/dbt_mrr_playbook_subscription_periods.csv",
	} {
		t.Run(path, func(t *testing.T) {
			e, v := load(t, path, api.Settings{"today": "2026-11-25"})
			if v.Blocked {
				t.Fatalf("blocked: %s %q", v.Summary, v.Notices)
			}
			if v.Results == "" || v.Preview == "" || len(v.Columns) == 0 || len(v.Choices) == 0 {
				t.Errorf("view incomplete: %+v", v)
			}
			if v.Customers > 0 {
				rows := e.Customers(api.Query{Limit: 5}, api.Settings{})
				if rows.Total != v.Customers || strings.Count(rows.HTML, "<tr") != min(5, v.Customers) {
					t.Errorf("customer window: %d of %d, %q", rows.Total, v.Customers, rows.HTML)
				}
			}
			t.Logf("%s", v.Summary)
		})
	}
}
