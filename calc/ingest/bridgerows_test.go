package ingest

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"nrrlab/calc"
)

// TestBridgeRowsReadAsAccounts: a per-customer table read by BridgeRows
// into calc.NewBridgeOf gives the bridge and the report that Accounts into
// calc.NewBridge gives, on the benchmark's file with customers repeated and
// on every fixture, skipping bad rows or not.
func TestBridgeRowsReadAsAccounts(t *testing.T) {
	files := map[string][]byte{}
	million := millionCSV(20_000)
	// Customers 10 to 19 again, some with padded names, and a credit.
	lines := strings.SplitAfter(string(million), "\n")
	for i, l := range lines[11:21] {
		if i%3 == 0 {
			l = " " + strings.Replace(l, ",", " ,", 1)
		}
		million = append(million, l...)
	}
	files["generated"] = append(million, "Customer 0000005,-12.50,3\n"...)
	for _, dir := range []string{"testdata", "testdata/messy"} {
		names, err := filepath.Glob(filepath.Join(dir, "*.[ct]sv"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			files[name] = data
		}
	}
	compared := 0
	for name, data := range files {
		tab, err := ReadTable(data)
		if err != nil {
			continue
		}
		m, err := tab.Detect()
		if err != nil || m.Shape != PerCustomer {
			continue
		}
		for _, skip := range []bool{false, true} {
			m.SkipBadRows = skip
			accounts, rep := tab.Accounts(m)
			rows, rowsRep := tab.BridgeRows(m)
			if !reflect.DeepEqual(rep, rowsRep) || len(accounts) != len(rows) {
				t.Fatalf("%s: report %+v and %d rows, want %+v and %d", name, rowsRep, len(rows), rep, len(accounts))
			}
			want, wantErr := calc.NewBridge(accounts, calc.BridgeOptions{})
			got, err := calc.NewBridgeOf(rows, calc.BridgeOptions{})
			if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(err, wantErr) {
				t.Fatalf("%s: bridge %+v, %v; want %+v, %v", name, got, err, want, wantErr)
			}
			if got != nil && len(got.Notices) > 0 {
				compared++
			}
		}
	}
	if compared < 3 {
		t.Errorf("only %d bridges with notices compared", compared)
	}
}

// TestBridgeRowsKeepTheBenchmarksFigures: the benchmark's file through
// BridgeRows reads to the digest TestGeneratedPathsKeepTheirFigures pins.
func TestBridgeRowsKeepTheBenchmarksFigures(t *testing.T) {
	br, rep, err := customersToBridgeRows(millionCSV(100_000))
	if err != nil {
		t.Fatal(err)
	}
	ret := br.Retention
	ret.Logos = nil
	if got, want := digest(br.BridgeTotals, br.Rows, ret, br.RetentionErr, br.ExpansionPenetration, br.AverageExpansion, br.Segments, br.Notices, rep), "c000edc5650400c0"; got != want {
		t.Errorf("bridge digest %s, want %s", got, want)
	}
}
