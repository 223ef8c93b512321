package data

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// The customer table's export, which the engine writes from all its rows,
// writes each figure as the plain number of the core's amount: in CSV as
// programs read it, and copied as cells with the decimal mark of the page's
// language.
func TestCustomersExportWritesTheCoresAmountsAsPlainNumbers(t *testing.T) {
	for _, path := range []string{"../../../web/sample-customers.csv", "../../../web/sample-mrr-id.csv"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lang.All {
			t.Run(path+" in "+l.Name(), func(t *testing.T) {
				lang.Load(l, lang.Export(l))
				m := model.Sample()
				m.Lang = l
				e := &Page{}
				e.Load(path, data, &m, "2026-11-25", nil)
				// The page shows a table in the currency it is written in.
				if c := e.Currency(); c != lang.None {
					m.Currency = c
					e.Load(path, data, &m, "2026-11-25", nil)
				}
				if e.bridge == nil {
					t.Fatalf("no bridge: %s", e.problem)
				}
				p := e.s.p
				head := []string{p.Text("Customer"), p.Text("Segment"), markup.ExportHead(p, p.Text("ARR at start"), markup.Amount),
					markup.ExportHead(p, p.Text("ARR at end"), markup.Amount), markup.ExportHead(p, p.Text("Change"), markup.Amount), p.Text("Movement")}
				if code := p.Currency.Code(); code != "" && !strings.HasSuffix(head[2], " ("+code+")") {
					t.Errorf("header %q names no currency", head[2])
				}

				rows, err := csv.NewReader(strings.NewReader(e.CustomersText("csv"))).ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				tsv := strings.Split(strings.TrimSuffix(e.CustomersText("tsv"), "\r\n"), "\r\n")
				if len(rows) != len(e.bridge.Rows)+1 || len(tsv) != len(rows) {
					t.Fatalf("%d CSV rows and %d copied, want a header and %d customers", len(rows), len(tsv), len(e.bridge.Rows))
				}
				if strings.Join(rows[0], "|") != strings.Join(head, "|") || tsv[0] != strings.Join(head, "\t") {
					t.Errorf("header %q, copied %q, want %q", rows[0], tsv[0], head)
				}
				negative := false
				for k, i := range e.order {
					r := &e.bridge.Rows[i]
					want := []string{p.Currency.Plain(int64(r.Start)), p.Currency.Plain(int64(r.End)), p.Currency.Plain(int64(r.End - r.Start))}
					if got := rows[k+1]; got[0] != r.Customer || strings.Join(got[2:5], "|") != strings.Join(want, "|") {
						t.Fatalf("CSV row %d = %q, want %s and %q", k+1, got, r.Customer, want)
					}
					cells := strings.Split(tsv[k+1], "\t")
					for j := range want {
						want[j] = l.Pasted(want[j])
					}
					if len(cells) != 6 || strings.Join(cells[2:5], "|") != strings.Join(want, "|") {
						t.Fatalf("copied row %d = %q, want %q", k+1, cells, want)
					}
					negative = negative || strings.HasPrefix(rows[k+1][4], "-")
				}
				if !negative {
					t.Error("no change is negative: the sample should have losses")
				}
			})
		}
	}
}
