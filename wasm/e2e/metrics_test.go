package e2e

import (
	"strings"
	"testing"
)

func TestMetricsSaveRateWithItsVerdict(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("metrics"))
	// SPEC.md's worked example: $700K saved of $1M at risk is 70%.
	waitText(t, ctx, "status", "Save rate", "70.0%")
	typeInto(t, ctx, "Save rate ARR saved", "$350K")
	waitText(t, ctx, "status", "Save rate", "35.0%")
	got, err := textOf(ctx, "region", "Save rate")
	if err != nil || !strings.Contains(got, "Failing") {
		t.Errorf("save rate card after 35%%: %q, %v; want the Failing verdict", got, err)
	}
	// Another worked example on the same page: expansion CAC $0.22 per $.
	waitText(t, ctx, "status", "Expansion CAC", "$0.22")
	typeInto(t, ctx, "Expansion CAC Expansion ARR added", "abc")
	waitFor(t, ctx, "the message at the field", func() (bool, string) {
		desc, invalid, err := fieldState(ctx, "Expansion CAC Expansion ARR added")
		if err != nil {
			return false, err.Error()
		}
		return invalid && strings.Contains(desc, "“abc”"), desc
	})
}
