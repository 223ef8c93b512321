package ingest

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkXLSXTable checks what every table ReadXLSX returns must satisfy, and
// that writing it back as a workbook reads the same cells on the same rows.
func checkXLSXTable(t *testing.T, tab *Table) {
	t.Helper()
	if tab.Rows() == 0 || tab.Columns > maxSheetColumns || tab.Delimiter != '\t' {
		t.Fatalf("%d rows, %d columns, delimiter %q", tab.Rows(), tab.Columns, tab.Delimiter)
	}
	rows := rowsOf(tab)
	for r := 0; r < tab.Rows(); r++ {
		if l := tab.Line(r); l < 1 || l > maxSheetRows || r > 0 && l < tab.Line(r-1) {
			t.Fatalf("row %d on line %d after line %d", r, l, tab.Line(max(r-1, 0)))
		}
		blank := true
		for c := -1; c <= tab.Columns; c++ {
			s := tab.Cell(r, c)
			if !utf8.ValidString(s) {
				t.Fatalf("row %d column %d: invalid UTF-8 %q", r, c, s)
			}
			blank = blank && s == ""
		}
		if blank {
			t.Fatalf("row %d (line %d) is blank", r, tab.Line(r))
		}
	}
	back := writeBack(tab)
	back.stored = true
	again, err := ReadXLSX(back.bytes())
	if err != nil {
		t.Fatalf("the table written back cannot be read: %v", err)
	}
	if got := rowsOf(again); !slices.Equal(got, rows) {
		t.Fatalf("written back and read again:\n%q\nwant\n%q", got, rows)
	}
}

// writeBack writes a table as a workbook of inline strings on the same rows.
func writeBack(tab *Table) testBook {
	var b strings.Builder
	for r := 0; r < tab.Rows(); r++ {
		fmt.Fprintf(&b, `<row r="%d">`, tab.Line(r))
		for c := 0; c < tab.Columns; c++ {
			if s := tab.Cell(r, c); s != "" {
				fmt.Fprintf(&b, `<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>`, columnLetter(c), tab.Line(r), html.EscapeString(encodeEscapes(s)))
			}
		}
		b.WriteString(`</row>`)
	}
	return oneSheet(b.String())
}

// encodeEscapes writes what XML cannot hold as _xHHHH_ escapes: control
// characters, a carriage return (XML turns it into a line feed), characters
// outside XML's range, and an underscore that would start an escape.
func encodeEscapes(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '_' && strings.HasPrefix(s[i:], "_x") && len(s)-i >= 7 && isEscape(s[i:i+7]):
			b.WriteString("_x005F_")
		case r == '\r' || r < 0x20 && r != '\t' && r != '\n' || r == 0xFFFE || r == 0xFFFF:
			fmt.Fprintf(&b, "_x%04X_", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isEscape(s string) bool {
	_, ok := escapeAt(s, 0)
	return ok
}

// xlsxSeeds are the workbooks of testdata/xlsx and a few written part by
// part.
func xlsxSeeds(f *testing.F) [][]byte {
	var seeds [][]byte
	for _, pattern := range []string{"*.xlsx", "*.xls", "*.ods"} {
		names, _ := filepath.Glob(filepath.Join("testdata", "xlsx", pattern))
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			seeds = append(seeds, data)
		}
	}
	return append(seeds,
		oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>a_x000D_b</t></is></c><c r="C1"><f>A1*2</f></c></row>`).bytes(),
		testBook{sheets: []testSheet{{name: "S", data: `<row r="2"><c r="B2" s="1"><v>45322</v></c><c r="C2" t="s"><v>0</v></c></row>`}},
			strings: []string{"x"}, xfs: []int{0, 14}}.bytes(),
	)
}

func FuzzReadXLSX(f *testing.F) {
	for _, seed := range xlsxSeeds(f) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := ReadXLSX(data)
		if err != nil {
			if err.Error() == "" || strings.Contains(err.Error(), "unpacked size limit") {
				t.Fatalf("error without a sentence for the user: %q", err)
			}
			checkSaid(t, nil, err)
			return
		}
		checkXLSXTable(t, tab)
	})
}

// FuzzReadXLSXParts varies the XML of a workbook's parts, which mutating a
// zip rarely reaches past its checksums. The parts are stored, not
// deflated: deflating them took most of each run, and FuzzReadXLSX and the
// real workbooks exercise the deflated path.
func FuzzReadXLSXParts(f *testing.F) {
	for _, s := range []struct{ sheet, sst, styles string }{
		{`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45322.5</v></c></row>`, `<sst><si><t>Acme</t></si></sst>`, ""},
		{`<row><c t="inlineStr"><is><r><t>a</t></r><rPh><t>b</t></rPh></is></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>`, "", ""},
		{`<row r="9"><c r="AA9" s="2"><v>1.05</v></c><c r="B9"><f t="shared" si="0">A1</f></c></row><row r="3"><c r="A3"><f t="shared" si="0"/></c></row>`, "", ""},
		{`<row r="1"><c r="A1" s="1"><v>60</v></c><c r="B1" t="d"><v>2024-01-31T10:00:00Z</v></c></row>`, "", `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="[h]:mm:ss;[Red]&quot;d&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`},
	} {
		f.Add(s.sheet, s.sst, s.styles, false)
	}
	f.Fuzz(func(t *testing.T, sheet, sst, styles string, date1904 bool) {
		b := oneSheet(sheet)
		b.sst, b.date1904, b.stored = sst, date1904, true
		b.xfs = []int{0, 14, 9}
		if styles != "" {
			b.extra = map[string]string{"xl/styles.xml": styles}
		}
		tab, err := ReadXLSX(b.bytes())
		if err != nil {
			return
		}
		checkXLSXTable(t, tab)
	})
}

// TestWriteBackReadsTheSame runs the fuzz property on the real workbooks.
func TestWriteBackReadsTheSame(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join("testdata", "xlsx", "*.xlsx"))
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			tab, err := ReadXLSX(data)
			if err != nil {
				t.Fatal(err)
			}
			checkXLSXTable(t, tab)
		})
	}
}
