package markup

import (
	"bytes"
	"encoding/csv"
	"math"
	"strings"
	"testing"

	"nrrlab/app/markup/sheet"
	"nrrlab/calc/lang"
)

func TestTableCellsCarryTheirPlainValueAndHeadersTheirUnit(t *testing.T) {
	for _, c := range []struct {
		scenario string
		p        lang.Printer
		want     []string
		absent   []string
	}{
		{"dollars", lang.Printer{Currency: lang.USD}, []string{
			`<th scope="col" data-head="ARR (USD)">ARR</th>`,
			`<th scope="col" data-head="NRR (ratio)">NRR</th>`,
			`<th scope="col">Customers</th>`,
			`<th scope="row">Acme</th>`,
			`<td title="−$1,200,000.00" data-value="-1200000.00">−$1.2M</td>`,
			`<td data-value="1.05">105.0%</td>`,
			`<td data-value="1234">1,234</td>`,
			`<td data-value="">—</td>`,
		}, []string{`<th scope="row" data-value`}},
		{"rupiah in Indonesian", lang.Printer{Lang: lang.Indonesian, Currency: lang.IDR}, []string{
			`<th scope="col" data-head="ARR (IDR)">ARR</th>`,
			`<th scope="col" data-head="NRR (rasio)">NRR</th>`,
			`<td title="−Rp` + "\u00a0" + `1.200.000" data-value="-1200000">`,
			`<td data-value="1.05">105,0%</td>`,
			`<td data-value="1234">1.234</td>`,
		}, nil},
		{"plain numbers name no currency", lang.Printer{Currency: lang.None}, []string{
			`<th scope="col">ARR</th>`,
			`<td title="−1,200,000.00" data-value="-1200000.00">`,
		}, []string{`ARR (`}},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			if c.p.Lang != lang.English {
				lang.Load(c.p.Lang, lang.Export(c.p.Lang))
			}
			p := c.p
			h := Table(p, "t", "Figures", []string{"Customer", "ARR", "NRR", "Customers"}, [][]Cell{
				{{Text: "Acme"}, ShortCell(p, p.Short(-120_000_000), -120_000_000), RateCell(p, 1.05), CountCell(p, 1234)},
				{{Text: "Beta"}, AmountCell(p, p.Money(0), 0), RateCell(p, math.NaN()), CountCell(p, 0)},
			})
			for _, w := range c.want {
				if !strings.Contains(h, w) {
					t.Errorf("no %s in\n%s", w, h)
				}
			}
			for _, a := range c.absent {
				if strings.Contains(h, a) {
					t.Errorf("%s in\n%s", a, h)
				}
			}
		})
	}
}

// sheetOf writes rows of cells, a header row first, as an export does.
func sheetOf(kind string, l lang.Lang, head []string, rows [][]Cell) string {
	s := sheet.New(kind, l)
	for _, h := range head {
		s.Text(h)
	}
	s.EndRow()
	for _, r := range rows {
		for _, c := range r {
			if c.Unit != Words {
				s.Figure(c.Value)
			} else {
				s.Text(c.Text)
			}
		}
		s.EndRow()
	}
	return s.String()
}

func TestSheetWritesFiguresAsNumbersASpreadsheetAdds(t *testing.T) {
	p := lang.Printer{Currency: lang.USD}
	head := []string{"Customer", ExportHead(p, "Change", Amount), ExportHead(p, "NRR", Ratio)}
	rows := [][]Cell{
		{{Text: `Kopi "Kenangan", Jakarta`}, ShortCell(p, "−$1.2M", -120_000_000), RateCell(p, 0.955)},
		{{Text: "Line\nbreak"}, ShortCell(p, "+$500K", 50_000_050), RateCell(p, math.Inf(1))},
	}

	got := sheetOf("csv", lang.English, head, rows)
	want := "Customer,Change (USD),NRR (ratio)\r\n" +
		`"Kopi ""Kenangan"", Jakarta",-1200000.00,0.955` + "\r\n" +
		"\"Line\nbreak\",500000.50,\r\n"
	if got != want {
		t.Errorf("CSV\n%q\nwant\n%q", got, want)
	}
	read, err := csv.NewReader(bytes.NewReader(sheet.CSVFile(got)[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if read[1][0] != `Kopi "Kenangan", Jakarta` || read[2][0] != "Line\nbreak" || read[1][1] != "-1200000.00" {
		t.Errorf("read back as %q", read)
	}
	if f := sheet.CSVFile(got); !bytes.HasPrefix(f, []byte{0xEF, 0xBB, 0xBF}) || string(f[3:]) != got {
		t.Errorf("the CSV file starts %q, want a UTF-8 byte order mark and the text", f[:8])
	}

	for _, c := range []struct {
		l    lang.Lang
		want string
	}{
		// Indonesian writes a decimal comma, so a sheet set to Indonesian
		// reads the paste as numbers; Malay, like English, a point.
		{lang.Indonesian, "Customer\tChange (USD)\tNRR (ratio)\r\nKopi \"Kenangan\", Jakarta\t-1200000,00\t0,955\r\nLine break\t500000,50\t\r\n"},
		{lang.Malay, "Customer\tChange (USD)\tNRR (ratio)\r\nKopi \"Kenangan\", Jakarta\t-1200000.00\t0.955\r\nLine break\t500000.50\t\r\n"},
		{lang.English, "Customer\tChange (USD)\tNRR (ratio)\r\nKopi \"Kenangan\", Jakarta\t-1200000.00\t0.955\r\nLine break\t500000.50\t\r\n"},
	} {
		if got := sheetOf("tsv", c.l, head, rows); got != c.want {
			t.Errorf("%s cells\n%q\nwant\n%q", c.l.Name(), got, c.want)
		}
	}
}

// A name a spreadsheet would run as a formula is exported as text; a
// figure's minus sign is not touched.
func TestSheetNeverExportsANameAsAFormula(t *testing.T) {
	p := lang.Printer{Currency: lang.USD}
	head := []string{"Customer", ExportHead(p, "Change", Amount)}
	rows := [][]Cell{
		{{Text: `=HYPERLINK("http://x.example","Acme")`}, ShortCell(p, "−$1.2M", -120_000_000)},
		{{Text: "+62 Studio"}, ShortCell(p, "+$1", 100)},
		{{Text: "-"}, ShortCell(p, "+$1", 100)},
		{{Text: "@risk Ltd"}, ShortCell(p, "+$1", 100)},
		{{Text: "Acme = Co"}, ShortCell(p, "+$1", 100)},
	}
	got := sheetOf("csv", lang.English, head, rows)
	want := "Customer,Change (USD)\r\n" +
		`"'=HYPERLINK(""http://x.example"",""Acme"")",-1200000.00` + "\r\n" +
		"'+62 Studio,1.00\r\n'-,1.00\r\n'@risk Ltd,1.00\r\nAcme = Co,1.00\r\n"
	if got != want {
		t.Errorf("CSV\n%q\nwant\n%q", got, want)
	}
	if got := sheetOf("tsv", lang.English, head, rows[:1]); got != "Customer\tChange (USD)\r\n'=HYPERLINK(\"http://x.example\",\"Acme\")\t-1200000.00\r\n" {
		t.Errorf("cells %q", got)
	}
}
