package e2e

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
	"testing"

	"nrrlab/calc/lang"
)

// How the export tests read a table: as its cells carry it for exports on
// the page, as a downloaded CSV file, and as cells copied to the clipboard.

// exported are a table's cells as its export writes them: a column's
// header as exports name it (its data-head), a figure's plain value (its
// data-value), else the text shown.
func exported(t testing.TB, ctx context.Context, name string) [][]string {
	t.Helper()
	obj := waitFind(t, ctx, "table", name)
	cells, err := callOn[[][]string](ctx, obj, exportedCells)
	if err != nil {
		t.Fatal(err)
	}
	return cells
}

// waitExported waits until the table named name carries want as its
// export writes it (see exported).
func waitExported(t testing.TB, ctx context.Context, name string, want [][]string) {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf("%q to carry the core's figures", name), func() (bool, string) {
		obj, err := find(ctx, "table", name)
		if err != nil {
			return false, err.Error()
		}
		got, err := callOn[[][]string](ctx, obj, exportedCells)
		if err != nil {
			return false, err.Error()
		}
		if len(got) != len(want) {
			return false, fmt.Sprintf("%d rows, want %d", len(got), len(want))
		}
		for i := range want {
			if strings.Join(got[i], "|") != strings.Join(want[i], "|") {
				return false, fmt.Sprintf("row %d = %q, want %q", i, got[i], want[i])
			}
		}
		return true, ""
	})
}

// exportedCells reads a table's cells as exports write them.
const exportedCells = `function() {
	return [...this.rows].map(r => [...r.cells].map(c => c.getAttribute("data-head") ?? c.getAttribute("data-value") ?? c.innerText.trim()));
}`

// inCurrency is a column's header as exports name it when its figures
// are amounts in currency c: "Amount (USD)", or "Amount" for plain numbers.
func inCurrency(head string, c lang.Currency) string {
	if c == lang.None {
		return head
	}
	return head + " (" + c.Code() + ")"
}

// readCSV reads a downloaded CSV file: UTF-8 with a byte order mark, so that
// Excel reads its currency symbols and accents.
func readCSV(t testing.TB, data []byte) [][]string {
	t.Helper()
	body, ok := bytes.CutPrefix(data, []byte("\ufeff"))
	if !ok {
		t.Errorf("the CSV file starts %q, want a UTF-8 byte order mark", data[:min(len(data), 8)])
	}
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("reading the CSV file: %v\n%s", err, data)
	}
	return rows
}

// sameRows compares a table's rows as exported with the rows wanted.
func sameRows(t testing.TB, what string, got, want [][]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s has %d rows, want %d:\n%q\nwant\n%q", what, len(got), len(want), got, want)
	}
	for i := range want {
		if strings.Join(got[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("%s row %d = %q, want %q", what, i, got[i], want[i])
		}
	}
}

// downloadCSV presses the CSV button of the table captioned caption, on a
// page in p's language, and
// returns the file's rows, checking its name unless name is "".
func downloadCSV(t testing.TB, ctx context.Context, files *downloads, p lang.Printer, caption, name string) [][]string {
	t.Helper()
	press(t, ctx, "button", p.Text("Download the table as CSV: %s", caption))
	got, data := files.next(t, ctx, caption)
	if name != "" && got != name {
		t.Errorf("file name %q, want %q", got, name)
	}
	return readCSV(t, data)
}

// copyCells presses the "Copy as cells" button of the table captioned
// caption, in the page's language p, and returns the clipboard's text.
func copyCells(t testing.TB, ctx context.Context, p lang.Printer, caption string) string {
	t.Helper()
	stubClipboard(t, ctx)
	press(t, ctx, "button", p.Text("Copy the table to paste into a spreadsheet: %s", caption))
	text := clipboardText(t, ctx)
	waitShown(t, ctx, p.Text("Copied: paste it into a spreadsheet."))
	return text
}

// cells writes rows as tab-separated text, as a spreadsheet reads a paste.
func cells(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t") + "\r\n")
	}
	return b.String()
}

// pasted are rows as a copy writes them in language l: each figure with
// the language's decimal mark. figure tells the figures by row and column.
func pasted(rows [][]string, l lang.Lang, figure func(i, j int) bool) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = slices.Clone(r)
		for j := range r {
			if figure(i, j) {
				out[i][j] = l.Pasted(r[j])
			}
		}
	}
	return out
}

// hasLoss reports whether a column of figures holds a loss written with an
// ASCII minus, as a spreadsheet reads one.
func hasLoss(rows [][]string, col int) bool {
	for _, r := range rows[1:] {
		if col < len(r) && strings.HasPrefix(r[col], "-") && !strings.HasPrefix(r[col], "--") {
			return true
		}
	}
	return false
}
