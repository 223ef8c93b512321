package ingest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestReadXLSXCells(t *testing.T) {
	// Styles used below: 0 General, 1 m/d/yyyy (14), 2 yyyy-mm-dd, 3 0%
	// (9), 4 m/d/yyyy h:mm (22), 5 h:mm (20), 6 [h]:mm:ss (46), 7 a
	// number format with a quoted d and a colour, 8 dd/mm/yyyy hh:mm.
	styled := func(data string) testBook {
		b := oneSheet(data)
		b.numFmts = map[int]string{164: "yyyy-mm-dd", 165: `#,##0.00 "days";[Red]-#,##0.00`, 166: `dd/mm/yyyy\ hh:mm`}
		b.xfs = []int{0, 14, 164, 9, 22, 20, 46, 165, 166}
		return b
	}
	for _, tc := range []struct {
		name string
		book testBook
		want []string
	}{
		{
			name: "shared strings and numbers as Excel writes them",
			book: testBook{
				sheets:  []testSheet{{name: "Sheet1", data: `<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2" spans="1:2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>1250000</v></c></row>`}},
				strings: []string{"Customer", "ARR", "Acme & Co"},
			},
			want: []string{"1: Customer|ARR", "2: Acme & Co|1250000"},
		},
		{
			name: "a float written with 17 digits reads as the amount typed",
			book: oneSheet(`<row r="1"><c r="A1"><v>1234.5599999999999</v></c><c r="B1"><v>0.30000000000000004</v></c><c r="C1"><v>1.9985E3</v></c><c r="D1"><v>-0</v></c><c r="E1"><v>12345678901234.56</v></c></row>`),
			want: []string{"1: 1234.56|0.30000000000000004|1998.5|0|12345678901234.56"},
		},
		{
			name: "three decimals below a thousand get a fourth, not to be read as thousands",
			book: oneSheet(`<row r="1"><c r="A1"><v>12.375</v></c><c r="B1"><v>0.125</v></c><c r="C1"><v>-999.999</v></c><c r="D1"><v>1234.125</v></c><c r="E1"><v>12.5</v></c></row>`),
			want: []string{"1: 12.3750|0.1250|-999.9990|1234.125|12.5"},
		},
		{
			name: "inline strings, rich text runs and phonetic guides",
			book: oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>Plain</t></is></c><c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></is></c><c r="C1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c></row>`),
			want: []string{"1: Plain|Bold and plain|東京"},
		},
		{
			name: "escaped characters in shared strings",
			book: testBook{
				sheets: []testSheet{{name: "Sheet1", data: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`}},
				sst:    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Line_x000D_&#10;two</t></si><si><r><t>a_x005F_x0041_b</t></r><rPh><t>skip</t></rPh></si></sst>`,
			},
			want: []string{"1: Line\r\ntwo|a_x0041_b"},
		},
		{
			name: "booleans, errors and a formula's text result",
			book: oneSheet(`<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1" t="str"><f>A2&amp;"x"</f><v>Acmex</v></c></row>`),
			want: []string{"1: TRUE|FALSE|#N/A|#DIV/0!|Acmex"},
		},
		{
			name: "a formula with no computed value is its text",
			book: oneSheet(`<row r="2"><c r="A2"><v>100</v></c><c r="B2"><f>A2*12</f></c><c r="C2" t="str"><f>IF(A2&gt;0,"","x")</f><v></v></c><c r="D2"><f>A2*12</f><v>1200</v></c></row>`),
			want: []string{"2: 100|=A2*12||1200"},
		},
		{
			name: "a shared formula with no computed values takes its first cell's text",
			book: oneSheet(`<row r="2"><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*12</f></c></row><row r="3"><c r="B3"><f t="shared" si="0"/></c></row>`),
			want: []string{"2: |=A2*12", "3: |=A2*12"},
		},
		{
			name: "sparse cells: missing cells are empty, missing rows left out, lines are sheet rows",
			book: oneSheet(`<row r="3"><c r="B3" t="inlineStr"><is><t>Name</t></is></c><c r="E3"><v>5</v></c></row><row r="4"><c r="A4" s="0"/><c r="C4" t="inlineStr"><is><t>  </t></is></c></row><row r="7"><c r="E7"><v>6</v></c></row>`),
			want: []string{"3: |Name|||5", "7: ||||6"},
		},
		{
			name: "typed cells with no value are empty, as Excel writes formatted empty cells",
			book: testBook{
				sheets:  []testSheet{{name: "Sheet1", data: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3" t="s"/><c r="C1" t="n"><v></v></c><c r="D1" t="b"/><c r="E1" t="s"><v>0</v></c></row>`}},
				strings: []string{"x"},
			},
			want: []string{"1: x||||x"},
		},
		{
			name: "rows and cells without references follow the previous ones",
			book: oneSheet(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c r="D2"><v>4</v></c><c><v>5</v></c></row>`),
			want: []string{"1: 1|2|||", "2: 3|||4|5"},
		},
		{
			name: "rows written out of order are put in the sheet's order",
			book: oneSheet(`<row r="5"><c r="A5"><v>5</v></c></row><row r="2"><c r="B2"><v>2</v></c><c r="A2"><v>1</v></c></row>`),
			want: []string{"2: 1|2", "5: 5|"},
		},
		{
			name: "dates in the 1900 system, its fake 29 February included",
			book: styled(`<row r="1"><c r="A1" s="1"><v>45322</v></c><c r="B1" s="2"><v>1</v></c><c r="C1" s="2"><v>59</v></c><c r="D1" s="2"><v>60</v></c><c r="E1" s="2"><v>61</v></c><c r="F1" s="1"><v>45322.75</v></c></row>`),
			want: []string{"1: 2024-01-31|1900-01-01|1900-02-28|1900-02-29|1900-03-01|2024-01-31"},
		},
		{
			name: "times, date-times and elapsed time",
			book: styled(`<row r="1"><c r="A1" s="4"><v>45366.572916666664</v></c><c r="B1" s="5"><v>0.5</v></c><c r="C1" s="6"><v>1.5</v></c><c r="D1" s="4"><v>45366.999999999</v></c><c r="E1" s="8"><v>45366.5</v></c></row>`),
			want: []string{"1: 2024-03-15 13:45:00|12:00:00|36:00:00|2024-03-16 00:00:00|2024-03-15 12:00:00"},
		},
		{
			name: "percentages as shown, and numbers whose format merely mentions d or m",
			book: styled(`<row r="1"><c r="A1" s="3"><v>1.05</v></c><c r="B1" s="3"><v>0.125</v></c><c r="C1" s="3"><v>-0.5</v></c><c r="D1" s="7"><v>12.5</v></c><c r="E1" s="2"><v>-3</v></c><c r="F1" s="99"><v>7</v></c></row>`),
			want: []string{"1: 105%|12.5%|-50%|12.5|-3|7"},
		},
		{
			name: "a percentage with three decimals gets a fourth too",
			book: styled(`<row r="1"><c r="A1" s="3"><v>0.01125</v></c><c r="B1" s="3"><v>3.99625</v></c></row>`),
			want: []string{"1: 1.1250%|399.6250%"},
		},
		{
			name: "dates in the 1904 system",
			book: func() testBook {
				b := styled(`<row r="1"><c r="A1" s="2"><v>0</v></c><c r="B1" s="2"><v>43860</v></c></row>`)
				b.date1904 = true
				return b
			}(),
			want: []string{"1: 1904-01-01|2024-01-31"},
		},
		{
			name: "ISO dates of cells typed d",
			book: oneSheet(`<row r="1"><c r="A1" t="d"><v>2024-01-31T00:00:00Z</v></c><c r="B1" t="d"><v>2024-01-31T13:45:00.000</v></c><c r="C1" t="d"><v>2024-02-29</v></c></row>`),
			want: []string{"1: 2024-01-31|2024-01-31 13:45:00|2024-02-29"},
		},
		{
			name: "elements with a prefix, as the .NET SDK writes them",
			book: func() testBook {
				b := oneSheet(`<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>45322</x:v></x:c></x:row>`)
				b.prefix, b.strings, b.xfs = "x:", []string{"Acme"}, []int{0, 14}
				return b
			}(),
			want: []string{"1: Acme|2024-01-31"},
		},
		{
			name: "strict Open XML namespaces and absolute targets",
			book: func() testBook {
				b := oneSheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row>`)
				b.strict, b.absolute, b.strings = true, true, []string{"Acme"}
				return b
			}(),
			want: []string{"1: Acme|5"},
		},
		{
			name: "a hidden first sheet and a chart sheet are passed over, later sheets ignored",
			book: testBook{sheets: []testSheet{
				{name: "Lookup", state: "hidden", data: `<row r="1"><c r="A1"><v>1</v></c></row>`},
				{name: "Chart", chart: true},
				{name: "Customers", data: `<row r="1"><c r="A1"><v>2</v></c></row>`},
				{name: "Notes", data: `<row r="1"><c r="A1"><v>3</v></c></row>`},
			}},
			want: []string{"1: 2"},
		},
		{
			name: "every sheet hidden: the first",
			book: testBook{sheets: []testSheet{
				{name: "A", state: "veryHidden", data: `<row r="1"><c r="A1"><v>1</v></c></row>`},
				{name: "B", state: "hidden", data: `<row r="1"><c r="A1"><v>2</v></c></row>`},
			}},
			want: []string{"1: 1"},
		},
		{
			name: "a cell written twice keeps the last",
			book: oneSheet(`<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="A1"><v>3</v></c></row>`),
			want: []string{"1: 3|2"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := ReadXLSX(tc.book.bytes())
			if err != nil {
				t.Fatal(err)
			}
			if got := rowsOf(tab); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestFormatCodeKind(t *testing.T) {
	for _, tc := range []struct {
		code string
		want formatKind
	}{
		{"General", kindGeneral},
		{"@", kindGeneral},
		{"#,##0.00", kindGeneral},
		{"0.00E+00", kindGeneral},
		{`[$Rp-421]#,##0`, kindGeneral},
		{`[$$-409]#,##0.00;[RED]\-[$$-409]#,##0.00`, kindGeneral},
		{`#,##0 "days"`, kindGeneral},
		{`#,##0_);[Red](#,##0)`, kindGeneral},
		{`\d0`, kindGeneral},
		{`*d0`, kindGeneral},
		{"yyyy-mm-dd", kindDate},
		{`YYYY\-MM\-DD`, kindDate},
		{"mmm yyyy", kindDate},
		{"[$-409]mmmm d, yyyy", kindDate},
		{`yyyy"年"m"月"d"日"`, kindDate},
		{"d/m/yy h:mm", kindDateTime},
		{`dd/mm/yyyy\ hh:mm`, kindDateTime},
		{"h:mm AM/PM", kindTime},
		{"h:mm:ss A/P", kindTime},
		{"mm:ss", kindTime},
		{"hh:mm", kindTime},
		{"[h]:mm:ss", kindElapsed},
		{"[mm]:ss", kindElapsed},
		{"0%", kindPercent},
		{"0.0%", kindPercent},
		{`0.0"%"`, kindGeneral},
	} {
		t.Run(tc.code, func(t *testing.T) {
			if got := formatCodeKind(tc.code); got != tc.want {
				t.Errorf("formatCodeKind(%q) = %d, want %d", tc.code, got, tc.want)
			}
		})
	}
}

func TestBuiltinFormatKinds(t *testing.T) {
	for _, tc := range []struct {
		name string
		ids  []int
		want formatKind
	}{
		{"general and numbers", []int{0, 1, 2, 3, 4, 11, 12, 13, 37, 38, 39, 40, 48, 49}, kindGeneral},
		{"percentages", []int{9, 10}, kindPercent},
		{"dates", []int{14, 15, 16, 17, 27, 31, 34, 36, 50, 58}, kindDate},
		{"times", []int{18, 19, 20, 21, 32, 33, 45, 47}, kindTime},
		{"date and time", []int{22}, kindDateTime},
		{"elapsed", []int{46}, kindElapsed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, id := range tc.ids {
				if got := builtinKind(id); got != tc.want {
					t.Errorf("builtinKind(%d) = %d, want %d", id, got, tc.want)
				}
			}
		})
	}
}

// TestNumberTextKeepsCents checks the promise of ReadXLSX: an amount typed
// with up to 15 significant digits, which a spreadsheet stores as the
// nearest float64 and may write with 17 digits, reads back as typed, in
// whichever style the figure reader reads its column.
func TestNumberTextKeepsCents(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for i := 0; i < 100_000; i++ {
		digits := 1 + rng.IntN(15)
		mantissa := rng.Int64N(int64(math.Pow10(digits)))
		typed := strconv.FormatInt(mantissa, 10)
		if decimals := rng.IntN(4); decimals > 0 && len(typed) > decimals {
			typed = typed[:len(typed)-decimals] + "." + typed[len(typed)-decimals:]
			typed = strings.TrimRight(strings.TrimRight(typed, "0"), ".")
		}
		f, _ := strconv.ParseFloat(typed, 64)
		written := strconv.FormatFloat(f, 'g', 17, 64)
		got := numberText(written, kindGeneral, false)
		want, _ := ParseFigure(typed, StyleDotDecimal)
		// Whatever the rest of the column makes the reader expect.
		for _, style := range []Style{StyleAuto, StyleDotDecimal, StyleCommaDecimal} {
			read, err := ParseFigure(got, style)
			if err != nil || read.Amount != want.Amount {
				t.Fatalf("typed %s, written %s, read %q in style %d = %v (%v), want %v", typed, written, got, style, read.Amount, err, want.Amount)
			}
		}
	}
}

// TestNumberTextIsShortest checks that the fast path for plain decimals
// writes what FormatFloat would.
func TestNumberTextIsShortest(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	texts := []string{"0", "-0", "0.5", ".5", "5.", "00.5", "0.0", "012", "1.50", "120", "1E5", "-", "+5", " 5", "0.000123", "999999999999999", "9999999999999999", "1e-400", "1e400", "NaN"}
	for i := 0; i < 20_000; i++ {
		f := math.Float64frombits(rng.Uint64())
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		texts = append(texts, strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(float64(rng.IntN(1e6))/100, 'f', -1, 64))
	}
	for _, v := range texts {
		got := numberText(v, kindGeneral, false)
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			if got != v {
				t.Errorf("numberText(%q) = %q, want the text kept", v, got)
			}
			continue
		}
		if want := unambiguous(strconv.FormatFloat(f+0, 'f', -1, 64)); got != want && !(want == "-0" && got == "0") {
			t.Errorf("numberText(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestSerialText(t *testing.T) {
	for _, tc := range []struct {
		name     string
		serial   float64
		kind     formatKind
		date1904 bool
		want     string
	}{
		{"serial 0 as Excel shows it", 0, kindDate, false, "1900-01-00"},
		{"first day", 1, kindDate, false, "1900-01-01"},
		{"the fake leap day", 60, kindDate, false, "1900-02-29"},
		{"leap day 2024", 45351, kindDate, false, "2024-02-29"},
		{"last day", 2958465, kindDate, false, "9999-12-31"},
		{"1904 first day", 0, kindDate, true, "1904-01-01"},
		{"1904 leap day", 43889, kindDate, true, "2024-02-29"},
		{"noon", 0.5, kindTime, false, "12:00:00"},
		{"a second before midnight rounds up", 45366 + 86399.6/86400, kindDateTime, false, "2024-03-16 00:00:00"},
		{"elapsed hours beyond a day", 2.25, kindElapsed, false, "54:00:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := serialText(tc.serial, tc.kind, tc.date1904)
			if !ok || got != tc.want {
				t.Errorf("serialText(%v) = %q, %v; want %q", tc.serial, got, ok, tc.want)
			}
		})
	}
	for _, serial := range []float64{-1, 2958467} {
		if got, ok := serialText(serial, kindDate, false); ok {
			t.Errorf("serial %v read as the date %q; want the number kept", serial, got)
		}
	}
}

func TestShiftPercent(t *testing.T) {
	for in, want := range map[string]string{"1.05": "105", "0.125": "12.5", "0": "0", "-0.5": "-50", "3.99625": "399.625", "0.0000001": "0.00001", "12": "1200"} {
		if got := shiftPercent(in); got != want {
			t.Errorf("shiftPercent(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsXLSX(t *testing.T) {
	real := func(name string) []byte {
		data, err := os.ReadFile("testdata/xlsx/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	for _, tc := range []struct {
		name string
		data []byte
		want bool
	}{
		{"a workbook LibreOffice wrote", real("usd-per-customer.xlsx"), true},
		{"a workbook written part by part", oneSheet("").bytes(), true},
		{"an old .xls: ReadXLSX says what to do", real("usd-per-customer.xls"), true},
		{"an OpenDocument sheet: ReadXLSX says what to do", real("usd-per-customer.ods"), true},
		{"CSV text", real("usd-per-customer.csv"), false},
		{"a zip of something else", zipParts(map[string]string{"report.csv": "a,b\n"}), false},
		{"nothing", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsXLSX(tc.data); got != tc.want {
				t.Errorf("IsXLSX = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestReadXLSXRefuses(t *testing.T) {
	real := func(name string) []byte {
		data, err := os.ReadFile("testdata/xlsx/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	good := real("usd-per-customer.xlsx")
	xlsb := zipParts(map[string]string{
		"[Content_Types].xml": `<Types/>`,
		"_rels/.rels":         `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
		"xl/workbook.bin":     "\x83\x01\x00",
	})
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"an old .xls", real("usd-per-customer.xls"), "encrypted or in the old .xls format: save it as .xlsx without a password, or as CSV"},
		// Excel encrypts a workbook with a password into a Compound File,
		// the container of .xls: the same signature, the same advice.
		{"a workbook saved with a password", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...), "encrypted or in the old .xls format"},
		{"an OpenDocument sheet", real("usd-per-customer.ods"), "OpenDocument spreadsheet (.ods)"},
		{"a binary .xlsb workbook", xlsb, "binary .xlsb format"},
		{"CSV text", real("usd-per-customer.csv"), "not an Excel workbook"},
		{"a zip of something else", zipParts(map[string]string{"report.csv": "a,b\n"}), "not an Excel workbook"},
		{"a download cut short", good[:len(good)/2], "damaged or incomplete"},
		{"a part that is not XML", testBook{sheets: []testSheet{{name: "S", data: `<row r="1"><c r="A1"><v>1</v></row>`}}}.bytes(), "part xl/worksheets/sheet1.xml cannot be read"},
		{"a sheet part missing", testBook{sheets: []testSheet{{name: "S"}}, omit: []string{"xl/worksheets/sheet1.xml"}}.bytes(), "it has no part xl/worksheets/sheet1.xml"},
		{"no worksheet, only a chart", testBook{sheets: []testSheet{{name: "Chart", chart: true}}}.bytes(), "no worksheet"},
		{"an empty first sheet", testBook{sheets: []testSheet{{name: "Ringkasan", data: `<row r="1"><c r="A1" s="1"/></row>`}, {name: "Data", data: `<row r="1"><c r="A1"><v>1</v></c></row>`}}}.bytes(), "The first sheet of this workbook, “Ringkasan”, is empty: put the table on the first sheet."},
		{"a cell reference that is no cell", oneSheet(`<row r="1"><c r="1A"><v>1</v></c></row>`).bytes(), "“1A” on the sheet “Sheet1” is not a cell such as C7"},
		{"a column beyond XFD", oneSheet(`<row r="1"><c r="XFE1"><v>1</v></c></row>`).bytes(), "“XFE1”"},
		{"a row beyond the last", oneSheet(`<row r="1048577"><c><v>1</v></c></row>`).bytes(), "“1048577”"},
		{"a shared string that does not exist", testBook{sheets: []testSheet{{name: "S", data: `<row r="4"><c r="C4" t="s"><v>7</v></c></row>`}}, strings: []string{"a"}}.bytes(), "This workbook is damaged: cell C4 of the sheet “S” refers to text number 7, but the workbook holds 1 texts; open it in a spreadsheet program and save it again."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := ReadXLSX(tc.data)
			if err == nil {
				t.Fatalf("read %q, want an error", rowsOf(tab))
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to say %q", err, tc.want)
			}
		})
	}
}

// bigSheet is a workbook whose sheet holds one text of about size bytes,
// and as many shared texts of size bytes as texts says.
func bigSheet(size, texts int) testBook {
	b := oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>` + strings.Repeat("a", size) + `</t></is></c></row>`)
	for range texts {
		b.strings = append(b.strings, strings.Repeat("b", size))
	}
	return b
}

// lyingPart is a zip whose sheet part says it holds 100 bytes and unpacks to
// size bytes of XML.
func lyingPart(size int) []byte {
	base := bigSheet(size, 0).bytes()
	zr, _ := zip.NewReader(bytes.NewReader(base), int64(len(base)))
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, _ := f.Open()
		var part bytes.Buffer
		part.ReadFrom(rc)
		if f.Name != "xl/worksheets/sheet1.xml" {
			w, _ := zw.Create(f.Name)
			w.Write(part.Bytes())
			continue
		}
		var packed bytes.Buffer
		fw, _ := flate.NewWriter(&packed, flate.BestSpeed)
		fw.Write(part.Bytes())
		fw.Close()
		w, _ := zw.CreateRaw(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(part.Bytes()),
			CompressedSize64: uint64(packed.Len()), UncompressedSize64: 100})
		w.Write(packed.Bytes())
	}
	zw.Close()
	return buf.Bytes()
}

func TestReadXLSXLimits(t *testing.T) {
	small := xlsxLimits{unpacked: 1 << 20, cells: 1000}
	wide := func(rows int) string {
		var b strings.Builder
		for r := 1; r <= rows; r++ {
			b.WriteString(`<row r="` + strconv.Itoa(r) + `"><c r="AAA` + strconv.Itoa(r) + `"><v>1</v></c></row>`)
		}
		return b.String()
	}
	manyTexts := testBook{sheets: []testSheet{{name: "S", data: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`}}, strings: make([]string, 1001)}
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"a part whose header says it is too large", bigSheet(2<<20, 0).bytes(), "more than 1 MB once unpacked"},
		{"parts that together are too large", bigSheet(400<<10, 2).bytes(), "more than 1 MB once unpacked"},
		// archive/zip itself stops a part at the size its header gives.
		{"a part that unpacks beyond what its header says", lyingPart(2 << 20), "damaged"},
		{"cells far to the right on many rows", oneSheet(wide(2)).bytes(), "The sheet “Sheet1” has more than 1,000 cells"},
		{"more shared texts than cells", manyTexts.bytes(), "more than 1,000 different texts"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := readXLSX(tc.data, small)
			if err == nil {
				t.Fatalf("read %d rows, want an error", tab.Rows())
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to say %q", err, tc.want)
			}
		})
	}
	// Just under the limits, the same shapes read.
	if _, err := readXLSX(oneSheet(wide(1)).bytes(), small); err != nil {
		t.Errorf("one wide row: %v", err)
	}
}

func TestReadXLSXBudgetIsPerRead(t *testing.T) {
	data := bigSheet(300<<10, 2).bytes()
	for i := 0; i < 2; i++ {
		if _, err := readXLSX(data, xlsxLimits{unpacked: 1 << 20, cells: 1000}); err != nil {
			t.Fatalf("read %d: %v", i+1, err)
		}
	}
}

// wideWorkbook is a sheet of customers × months as Excel writes it: names
// in the shared strings, month headers as dates styled mmm-yy, amounts in
// a currency style, some with the 17 digits Excel writes for a float.
func wideWorkbook(customers, months int) []byte {
	rng := rand.New(rand.NewPCG(3, 4))
	b := testBook{numFmts: map[int]string{164: `"$"#,##0.00`}, xfs: []int{0, 17, 164}}
	var sb strings.Builder
	fmt.Fprintf(&sb, `<row r="1" spans="1:%d"><c r="A1" t="s"><v>0</v></c>`, months+1)
	b.strings = append(b.strings, "Customer")
	for m := 0; m < months; m++ {
		// The first of each month from January 2022.
		serial := 44562 + int(time.Date(2022, time.Month(1+m), 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)).Hours()/24)
		fmt.Fprintf(&sb, `<c r="%s1" s="1"><v>%d</v></c>`, columnLetter(m+1), serial)
	}
	sb.WriteString(`</row>`)
	for c := 0; c < customers; c++ {
		row := c + 2
		fmt.Fprintf(&sb, `<row r="%d" spans="1:%d"><c r="A%d" t="s"><v>%d</v></c>`, row, months+1, row, len(b.strings))
		b.strings = append(b.strings, fmt.Sprintf("Customer %d", c))
		for m := 0; m < months; m++ {
			v := float64(rng.IntN(500_000)) / 100
			fmt.Fprintf(&sb, `<c r="%s%d" s="2"><v>%s</v></c>`, columnLetter(m+1), row, strconv.FormatFloat(v, 'g', 17, 64))
		}
		sb.WriteString(`</row>`)
	}
	b.sheets = []testSheet{{name: "MRR", data: sb.String(), dim: fmt.Sprintf("A1:%s%d", columnLetter(months), customers+1)}}
	return b.bytes()
}

func BenchmarkReadXLSX10000x36(b *testing.B) {
	data := wideWorkbook(10_000, 36)
	b.Run("ReadXLSX", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if tab, err := ReadXLSX(data); err != nil || tab.Rows() != 10_001 {
				b.Fatal(err)
			}
		}
	})
	b.Run("ReadXLSX+Detect+Series", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			tab, err := ReadXLSX(data)
			if err != nil {
				b.Fatal(err)
			}
			m, err := tab.Detect()
			if err != nil {
				b.Fatal(err)
			}
			if s, rep := tab.Series(m); !rep.OK() || len(s.Customers) != 10_000 || s.Months != 36 {
				b.Fatalf("series %v", rep.Errors)
			}
		}
	})
}
