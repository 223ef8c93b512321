package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// In rupiah the benchmarks page compares the company's size with the
// articles' $50M at a rate the user sees, with its date, and can edit: the
// threshold in rupiah follows the rate typed.
func TestSizeThresholdInRupiahFollowsTheUsersRate(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	choose(t, ctx, "Show amounts in", "IDR Rp")
	press(t, ctx, "link", "Benchmarks")
	company := func(want string) {
		t.Helper()
		waitFor(t, ctx, fmt.Sprintf("the company card to say %q", want), func() (bool, string) {
			got, err := textOf(ctx, "region", "Your company")
			if err != nil {
				return false, err.Error()
			}
			return strings.Contains(got, want), got
		})
	}
	company("$50M ≈ Rp\u00a0832.5B at Rp\u00a016,650 per US dollar.")
	waitFor(t, ctx, "the rate's field to show the default and its date", func() (bool, string) {
		obj, err := find(ctx, "textbox", "US dollar rate")
		if err != nil {
			return false, err.Error()
		}
		v, err := callOn[string](ctx, obj, `function() { return this.value; }`)
		desc, _, _ := fieldState(ctx, "US dollar rate")
		return err == nil && v == "16,650" && strings.Contains(desc, "approximate mid-market rate of Nov 2025"), v + " / " + desc
	})
	typeInto(t, ctx, "US dollar rate", "16000")
	company("$50M ≈ Rp\u00a0800B at Rp\u00a016,000 per US dollar.")
	got, err := textOf(ctx, "combobox", "Stage")
	if err != nil || !strings.Contains(got, "Near $50M ARR (≈ Rp\u00a0800B)") {
		t.Errorf("the stage choice reads %q, %v", got, err)
	}
	desc, invalid, err := fieldState(ctx, "US dollar rate")
	if err != nil || invalid || desc != "Your rate: Rp\u00a016,000 per US dollar. Clear the field for the default." {
		t.Errorf("the rate's field: %q, invalid %v, %v", desc, invalid, err)
	}
}

// With rupiah shown, a figure typed in dollars is read as typed and its
// field says so; one typed in rupiah is not noted.
func TestFigureTypedInAnotherCurrencyIsNoted(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	choose(t, ctx, "Show amounts in", "IDR Rp")
	note := "Typed in US dollars; NRR Lab shows rupiah and does not convert."
	described := func(label, want string) {
		t.Helper()
		waitFor(t, ctx, fmt.Sprintf("%s to be described as %q", label, want), func() (bool, string) {
			desc, _, err := fieldState(ctx, label)
			if err != nil {
				return false, err.Error()
			}
			return desc == want, desc
		})
	}
	typeInto(t, ctx, "Starting ARR", "Rp 20 miliar")
	described("Starting ARR", "such as 1,200,000, $1.2M or 500K")
	typeInto(t, ctx, "Starting ARR", "$2M")
	described("Starting ARR", note)
	if _, invalid, _ := fieldState(ctx, "Starting ARR"); invalid {
		t.Error("a figure in another currency is marked invalid; it is read as typed")
	}
	// $2M is read as 2,000,000, the sample's expansion of "$2M" likewise.
	waitText(t, ctx, "status", "Net revenue retention", "125.0%")
}
