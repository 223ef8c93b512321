package data

import (
	"testing"

	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/monthly"
)

// Every convention the page offers reaches the monthly analysis.
func TestEveryConventionReachesTheMonthlyAnalysis(t *testing.T) {
	m := model.Sample()
	m.Data = map[string]string{keyGRR: "totals", keyTrailing: "end-point", keyReactivated: "new", keyOpening: "new"}
	got := settingsOf(&m, "2026-11-25").monthlyOptions()
	want := monthly.Options{GRRCap: calc.CapOnTotals, EndPoint: true, ReactivationAsNew: true, OpeningAsNew: true}
	if got != want {
		t.Errorf("options = %+v, want %+v", got, want)
	}
}
