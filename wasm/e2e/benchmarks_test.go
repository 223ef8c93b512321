package e2e

import (
	"strings"
	"testing"
)

func TestBenchmarkPlaces105AsStrongOnTheOverallSet(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("benchmarks"))
	waitFor(t, ctx, "the overall NRR placement", func() (bool, string) {
		got, err := textOf(ctx, "region", "NRR benchmark")
		if err != nil {
			return false, err.Error()
		}
		return strings.Contains(got, "Your NRR of 105.0% is Strong"), got
	})
	// Choosing a segment narrows the sets to it.
	choose(t, ctx, "Segment", "SMB")
	waitFor(t, ctx, "only SMB segment sets", func() (bool, string) {
		smb, err := findAll(ctx, "region", "NRR, SMB")
		if err != nil {
			return false, err.Error()
		}
		mid, err := findAll(ctx, "region", "NRR, mid-market")
		if err != nil {
			return false, err.Error()
		}
		return len(smb) == 1 && len(mid) == 0, "SMB and mid-market sets both shown"
	})
	got, err := textOf(ctx, "region", "NRR, SMB")
	if err != nil || !strings.Contains(got, "105.0% is Above the SMB range") {
		t.Errorf("SMB placement: %q, %v", got, err)
	}
}
