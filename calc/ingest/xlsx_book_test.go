package ingest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"slices"
	"strings"
)

// testBook writes a workbook part by part, to test what real files written
// by other programs do and LibreOffice does not: inline strings, prefixed
// elements, strict namespaces, missing cached values, hidden sheets.
type testBook struct {
	sheets   []testSheet
	strings  []string       // shared strings, one plain item each
	sst      string         // sharedStrings.xml as written, instead of strings
	numFmts  map[int]string // custom number formats by id
	xfs      []int          // the number format of each cell style
	date1904 bool
	strict   bool   // ISO strict namespaces, as "Strict Open XML" saves
	prefix   string // element prefix, such as "x:" as the .NET SDK writes
	absolute bool   // relationship targets as absolute part names
	extra    map[string]string
	omit     []string // parts left out
	stored   bool     // parts stored, not deflated: what a fuzz target builds on every run is quicker to write
}

type testSheet struct {
	name  string
	data  string // the rows inside sheetData
	dim   string // the used range, such as A1:D20, as Excel writes it
	state string // hidden or veryHidden
	chart bool   // a chart sheet, not a worksheet
}

func (b testBook) bytes() []byte {
	main, rel, rels := "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
		"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
		"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	if b.strict {
		main, rel, rels = "http://purl.oclc.org/ooxml/spreadsheetml/main",
			"http://purl.oclc.org/ooxml/officeDocument/relationships",
			"http://purl.oclc.org/ooxml/officeDocument/relationships/"
	}
	p := b.prefix
	ns := `xmlns="` + main + `"`
	if p != "" {
		ns = `xmlns:` + strings.TrimSuffix(p, ":") + `="` + main + `"`
	}
	target := func(s string) string {
		if b.absolute {
			return "/xl/" + s
		}
		return s
	}
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + rels + `officeDocument" Target="xl/workbook.xml"/></Relationships>`,
	}
	var wb, wbRels strings.Builder
	fmt.Fprintf(&wb, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<%sworkbook %s xmlns:r="%s">`, p, ns, rel)
	if b.date1904 {
		fmt.Fprintf(&wb, `<%sworkbookPr date1904="1"/>`, p)
	}
	fmt.Fprintf(&wb, `<%ssheets>`, p)
	wbRels.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, s := range b.sheets {
		state := ""
		if s.state != "" {
			state = ` state="` + s.state + `"`
		}
		fmt.Fprintf(&wb, `<%ssheet name="%s" sheetId="%d"%s r:id="rId%d"/>`, p, html.EscapeString(s.name), i+1, state, i+1)
		kind, part := "worksheet", fmt.Sprintf("worksheets/sheet%d.xml", i+1)
		if s.chart {
			kind, part = "chartsheet", fmt.Sprintf("chartsheets/sheet%d.xml", i+1)
		}
		fmt.Fprintf(&wbRels, `<Relationship Id="rId%d" Type="%s%s" Target="%s"/>`, i+1, rels, kind, target(part))
		dim := ""
		if s.dim != "" {
			dim = fmt.Sprintf(`<%sdimension ref="%s"/>`, p, s.dim)
		}
		parts["xl/"+part] = fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<%sworksheet %s>%s<%ssheetData>%s</%ssheetData></%sworksheet>`, p, ns, dim, p, s.data, p, p)
	}
	fmt.Fprintf(&wb, `</%ssheets></%sworkbook>`, p, p)
	if b.xfs != nil || b.numFmts != nil {
		var st strings.Builder
		fmt.Fprintf(&st, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%sstyleSheet %s><%snumFmts>`, p, ns, p)
		ids := make([]int, 0, len(b.numFmts))
		for id := range b.numFmts {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, id := range ids {
			fmt.Fprintf(&st, `<%snumFmt numFmtId="%d" formatCode="%s"/>`, p, id, html.EscapeString(b.numFmts[id]))
		}
		// cellStyleXfs comes first and must not count as cell formats.
		fmt.Fprintf(&st, `</%snumFmts><%scellStyleXfs><%sxf numFmtId="14"/></%scellStyleXfs><%scellXfs>`, p, p, p, p, p)
		for _, id := range b.xfs {
			fmt.Fprintf(&st, `<%sxf numFmtId="%d" fontId="0" applyNumberFormat="1"/>`, p, id)
		}
		fmt.Fprintf(&st, `</%scellXfs></%sstyleSheet>`, p, p)
		parts["xl/styles.xml"] = st.String()
		fmt.Fprintf(&wbRels, `<Relationship Id="rIdS" Type="%sstyles" Target="%s"/>`, rels, target("styles.xml"))
	}
	sst := b.sst
	if sst == "" && b.strings != nil {
		var s strings.Builder
		fmt.Fprintf(&s, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%ssst %s count="%d" uniqueCount="%d">`, p, ns, len(b.strings), len(b.strings))
		for _, t := range b.strings {
			fmt.Fprintf(&s, `<%ssi><%st xml:space="preserve">%s</%st></%ssi>`, p, p, html.EscapeString(t), p, p)
		}
		fmt.Fprintf(&s, `</%ssst>`, p)
		sst = s.String()
	}
	if sst != "" {
		parts["xl/sharedStrings.xml"] = sst
		fmt.Fprintf(&wbRels, `<Relationship Id="rIdT" Type="%ssharedStrings" Target="%s"/>`, rels, target("sharedStrings.xml"))
	}
	wbRels.WriteString(`</Relationships>`)
	parts["xl/workbook.xml"] = wb.String()
	parts["xl/_rels/workbook.xml.rels"] = wbRels.String()
	for name, text := range b.extra {
		parts[name] = text
	}
	for _, name := range b.omit {
		delete(parts, name)
	}
	method := zip.Deflate
	if b.stored {
		method = zip.Store
	}
	return zipPartsAs(parts, method)
}

// zipParts writes parts into a zip, deflated, in name order so that the
// bytes are the same on every run.
func zipParts(parts map[string]string) []byte {
	return zipPartsAs(parts, zip.Deflate)
}

// zipPartsAs writes parts into a zip with one compression method.
func zipPartsAs(parts map[string]string, method uint16) []byte {
	names := make([]string, 0, len(parts))
	for name := range parts {
		names = append(names, name)
	}
	slices.Sort(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method})
		if err != nil {
			panic(err)
		}
		if _, err := w.Write([]byte(parts[name])); err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// oneSheet is a workbook of one sheet named Sheet1 with rows data.
func oneSheet(data string) testBook {
	return testBook{sheets: []testSheet{{name: "Sheet1", data: data}}}
}

// rowsOf writes a table as "line: cell|cell" per row, for comparisons.
func rowsOf(t *Table) []string {
	out := make([]string, t.Rows())
	for r := range out {
		cells := make([]string, t.Columns)
		for c := range cells {
			cells[c] = t.Cell(r, c)
		}
		out[r] = fmt.Sprintf("%d: %s", t.Line(r), strings.Join(cells, "|"))
	}
	return out
}
