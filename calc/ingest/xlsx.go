package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode/utf16"

	"nrrlab/calc/lang"
)

// xlsxLimits caps what a workbook may make ReadXLSX do. The file itself is
// capped at MaxBytes, like pasted text.
type xlsxLimits struct {
	// unpacked caps the bytes of XML read from all parts together: a zip
	// bomb stops there.
	unpacked int64
	// cells caps the cells of the sheet, counting the empty cells left of a
	// filled one.
	cells int
}

// readLimits are ReadXLSX's: 256 MB of XML is several times a sheet of a
// million customers, and 10 million cells are 100,000 customers × 100
// columns.
var readLimits = xlsxLimits{unpacked: 256 << 20, cells: 10_000_000}

// Excel's own limits on a sheet; a reference beyond them is damage.
const (
	maxSheetRows    = 1 << 20
	maxSheetColumns = 1 << 14
)

var (
	zipMagic = []byte("PK\x03\x04")
	// cfbMagic starts a Compound File: a password-protected workbook (Excel
	// encrypts the whole zip into one) or an old .xls.
	cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	// odsMime is the first part of an OpenDocument spreadsheet, stored
	// uncompressed near the start of the file.
	odsMime = []byte("application/vnd.oasis.opendocument.spreadsheet")
)

// IsXLSX reports whether data is a spreadsheet file for ReadXLSX rather than
// text for ReadTable: an Office Open XML package (a zip that holds
// [Content_Types].xml, as .xlsx, .xlsm and .xlsb files do), or a file that
// ReadXLSX refuses with a sentence that says what to do: an encrypted
// workbook, an old .xls, an OpenDocument spreadsheet.
func IsXLSX(data []byte) bool {
	switch {
	case bytes.HasPrefix(data, cfbMagic):
		return true
	case bytes.HasPrefix(data, zipMagic):
		return isODS(data) || bytes.Contains(data, []byte("[Content_Types].xml"))
	}
	return false
}

func isODS(data []byte) bool {
	return bytes.HasPrefix(data, zipMagic) && bytes.Contains(data[:min(len(data), 256)], odsMime)
}

// ReadXLSX reads the first worksheet of an Excel workbook (.xlsx or .xlsm)
// into a Table, as if its cells had been copied and pasted (its Delimiter
// is a tab): the first sheet in the workbook's order that is not hidden;
// the sheet's row numbers as the rows' lines, so that errors name the row
// the user sees; blank rows left out. A cell holds what the user typed or
// the formula computed:
//   - text as it is, rich text runs joined;
//   - a number as the shortest decimal that reads back to the same float64
//     (1998.5, 1250000): a spreadsheet stores the float64 nearest to what
//     was typed, and for up to 15 significant digits no other such decimal
//     is as short, so every amount below ten trillion is read to the cent
//     as typed; a number below 1,000 with three decimals gets a fourth
//     (12.3750), so that no reader takes it for 12,375;
//   - a number formatted as a date as 2024-01-31, with its time when the
//     format shows one (2024-01-31 13:45:00), in the workbook's date system;
//   - a number formatted as a percentage as the percentage shown: 105%;
//   - TRUE or FALSE; a spreadsheet error as its text, such as #N/A;
//   - a formula as its computed value, or as its text (=B2*12) when the
//     file holds no computed value.
//
// It refuses encrypted workbooks, .xls, .xlsb and .ods files, and damaged
// files, with a sentence that says what to do, and stops reading beyond
// 256 MB of unpacked XML or 10 million cells.
func ReadXLSX(data []byte) (*Table, error) {
	return readXLSX(data, readLimits)
}

func readXLSX(data []byte, limits xlsxLimits) (*Table, error) {
	switch {
	case len(data) > MaxBytes:
		return nil, lang.M(errXLSXTooLarge, len(data)>>20, MaxBytes>>20)
	case bytes.HasPrefix(data, cfbMagic):
		return nil, lang.M(errXLSXEncrypted)
	case isODS(data):
		return nil, lang.M(errXLSXODS)
	case !bytes.HasPrefix(data, zipMagic):
		return nil, lang.M(errXLSXNotWorkbook)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		// An insecure name such as ../x only matters when extracting.
		return nil, lang.M(errXLSXNotZip, err.Error())
	}
	p := &pkg{parts: make(map[string]*zip.File, len(zr.File)), budget: limits.unpacked, maxCells: limits.cells}
	for _, f := range zr.File {
		p.parts[strings.ToLower(f.Name)] = f
	}
	t, err := p.read()
	if errors.Is(err, errBudgetSpent) {
		return nil, lang.M(errXLSXUnpacked, limits.unpacked>>20)
	}
	return t, err
}

// pkg is an opened workbook package: its parts by lower-case name (part
// names are case-insensitive), and what is left to unpack.
type pkg struct {
	parts    map[string]*zip.File
	budget   int64
	maxCells int
}

// errBudgetSpent says the parts to read unpack beyond the limit; ReadXLSX
// turns it into errXLSXUnpacked.
var errBudgetSpent = errors.New("unpacked size limit reached")

// open returns a decoder over the part name, and false when there is no
// such part.
func (p *pkg) open(name string) (*xml.Decoder, io.Closer, bool, error) {
	f, ok := p.parts[strings.ToLower(name)]
	if !ok {
		return nil, nil, false, nil
	}
	// archive/zip stops a part at the size the zip says it unpacks to, so
	// that size is what reading it costs.
	if f.UncompressedSize64 > uint64(p.budget) {
		return nil, nil, true, errBudgetSpent
	}
	p.budget -= int64(f.UncompressedSize64)
	rc, err := f.Open()
	if err != nil {
		return nil, nil, true, p.damaged(name, err)
	}
	return xml.NewDecoder(rc), rc, true, nil
}

// partSize is the unpacked size part name declares, which archive/zip holds
// it to.
func (p *pkg) partSize(name string) uint64 {
	if f, ok := p.parts[strings.ToLower(name)]; ok {
		return f.UncompressedSize64
	}
	return 0
}

// damaged says that part name cannot be read, unless the reason is the
// unpacked size.
func (p *pkg) damaged(name string, err error) error {
	if errors.Is(err, errBudgetSpent) {
		return errBudgetSpent
	}
	return &xlsxDamaged{part: name, reason: err}
}

// xlsxDamaged is a part of a workbook that cannot be read: which part, why,
// and what to do, a sentence each.
type xlsxDamaged struct {
	part   string
	reason error // a lang.Msg of this package, or a reader's own error
}

func (e *xlsxDamaged) Error() string { return e.Localize(lang.Printer{}) }

// Localize writes the message in p's language. A reason of this package is
// a sentence of its own; a reader's own (a zip or XML error) is its text, in
// English, in parentheses.
func (e *xlsxDamaged) Localize(p lang.Printer) string {
	// The part's name and a reader's error may quote the file's bytes,
	// which need not be UTF-8 and may be long (an XML error quotes a
	// broken entity whole).
	part := clipTo(strings.ToValidUTF8(e.part, "\uFFFD"), 120)
	if m, ok := e.reason.(lang.Msg); ok {
		return p.Sentences(lang.M(errXLSXDamaged, part), m, lang.M(adviceXLSXResave))
	}
	reason := clipTo(strings.ToValidUTF8(e.reason.Error(), "\uFFFD"), 120)
	return p.Sentences(lang.M(errXLSXDamagedOther, part, reason), lang.M(adviceXLSXResave))
}

// tokens reads the tokens of a part without resolving namespaces, which
// costs time and which the parts' local names make needless, but checks
// that elements nest, as Token would.
type tokens struct {
	d    *xml.Decoder
	open []string
}

// next returns the next token, or io.EOF at the end of a well-formed part.
func (ts *tokens) next() (xml.Token, error) {
	tok, err := ts.d.RawToken()
	if err == io.EOF && len(ts.open) > 0 {
		return nil, lang.M(reasonNeverClosed, ts.open[len(ts.open)-1])
	}
	if err != nil {
		return nil, err
	}
	switch tok := tok.(type) {
	case xml.StartElement:
		ts.open = append(ts.open, tok.Name.Local)
	case xml.EndElement:
		if len(ts.open) == 0 || ts.open[len(ts.open)-1] != tok.Name.Local {
			return nil, lang.M(reasonNotOpened, tok.Name.Local)
		}
		ts.open = ts.open[:len(ts.open)-1]
	}
	return tok, nil
}

// walk calls start for every start element of part name and end, unless
// nil, for every end element. A missing part is no error: found says
// whether it was there.
func (p *pkg) walk(name string, start func(xml.StartElement), end func(xml.EndElement)) (found bool, err error) {
	d, c, found, err := p.open(name)
	if !found || err != nil {
		return found, err
	}
	defer c.Close()
	ts := tokens{d: d}
	for {
		tok, err := ts.next()
		if err == io.EOF {
			return true, nil
		}
		if err != nil {
			return true, p.damaged(name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			start(tok)
		case xml.EndElement:
			if end != nil {
				end(tok)
			}
		}
	}
}

// attr returns the value of the attribute with local name local and no
// prefix, whatever the element's namespace.
func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// relID returns the relationship id of an element: the attribute id in the
// relationships namespace, whatever its prefix.
func relID(se xml.StartElement) string {
	for _, a := range se.Attr {
		if a.Name.Local == "id" && a.Name.Space != "" {
			return a.Value
		}
	}
	return ""
}

// relationship is a link from one part to another.
type relationship struct {
	id, kind, target string
}

// rels reads the relationships of part name ("" for the package), with
// targets resolved to part names.
func (p *pkg) rels(name string) ([]relationship, error) {
	dir, file := path.Split(name)
	var out []relationship
	_, err := p.walk(dir+"_rels/"+file+".rels", func(se xml.StartElement) {
		if se.Name.Local != "Relationship" || attr(se, "TargetMode") == "External" {
			return
		}
		target := attr(se, "Target")
		if strings.HasPrefix(target, "/") {
			target = path.Clean(target)
		} else {
			target = path.Clean("/" + dir + target)
		}
		out = append(out, relationship{id: attr(se, "Id"), kind: attr(se, "Type"), target: target[1:]})
	}, nil)
	return out, err
}

// find returns the target of the first relationship whose type ends with
// /kind (transitional and strict Office Open XML differ before it).
func find(rels []relationship, kind string) (string, bool) {
	for _, r := range rels {
		if strings.HasSuffix(r.kind, "/"+kind) {
			return r.target, true
		}
	}
	return "", false
}

// bookSheet is a sheet listed in the workbook.
type bookSheet struct {
	name, rel string
	hidden    bool
}

// read follows the package's relationships to the workbook, its first
// worksheet, its shared strings and its styles, and reads the worksheet.
func (p *pkg) read() (*Table, error) {
	root, err := p.rels("")
	if err != nil {
		return nil, err
	}
	book, ok := find(root, "officeDocument")
	if !ok {
		book = "xl/workbook.xml"
	}
	if strings.HasSuffix(strings.ToLower(book), ".bin") {
		return nil, lang.M(errXLSXBinary)
	}
	var sheets []bookSheet
	date1904 := false
	found, err := p.walk(book, func(se xml.StartElement) {
		switch se.Name.Local {
		case "workbookPr":
			v := attr(se, "date1904")
			date1904 = v == "1" || v == "true"
		case "sheet":
			state := attr(se, "state")
			sheets = append(sheets, bookSheet{name: decodeEscapes(attr(se, "name")), rel: relID(se), hidden: state == "hidden" || state == "veryHidden"})
		}
	}, nil)
	if err != nil {
		return nil, err
	}
	if !found {
		if _, zipped := p.parts["[content_types].xml"]; !zipped {
			return nil, lang.M(errXLSXNotWorkbook)
		}
		return nil, lang.M(errXLSXMissingPart, book)
	}
	rels, err := p.rels(book)
	if err != nil {
		return nil, err
	}
	first, ok := firstWorksheet(sheets, rels)
	if !ok {
		return nil, lang.M(errXLSXNoSheet)
	}
	dir := path.Dir(book) + "/"
	sst, ok := find(rels, "sharedStrings")
	if !ok {
		sst = dir + "sharedStrings.xml"
	}
	strs, err := p.sharedStrings(sst)
	if err != nil {
		return nil, err
	}
	kinds := []formatKind(nil)
	if styles, ok := find(rels, "styles"); ok {
		if kinds, err = p.styles(styles); err != nil {
			return nil, err
		}
	}
	sr := &sheetReader{name: first.name, strs: strs, kinds: kinds, date1904: date1904, maxCells: p.maxCells}
	return sr.read(p, first.target)
}

// worksheet is the sheet ReadXLSX reads and the part that holds it.
type worksheet struct {
	name, target string
}

// firstWorksheet picks the first visible worksheet in the workbook's order,
// skipping chart sheets; the first hidden one when all are hidden. A hidden
// sheet is one the user does not see, so errors naming its rows would make
// no sense to them.
func firstWorksheet(sheets []bookSheet, rels []relationship) (worksheet, bool) {
	var hidden *worksheet
	for _, s := range sheets {
		for _, r := range rels {
			if r.id != s.rel || !strings.HasSuffix(r.kind, "/worksheet") {
				continue
			}
			if !s.hidden {
				return worksheet{s.name, r.target}, true
			}
			if hidden == nil {
				hidden = &worksheet{s.name, r.target}
			}
		}
	}
	if hidden != nil {
		return *hidden, true
	}
	return worksheet{}, false
}

// sharedStrings reads the workbook's table of texts: each item's text runs
// joined, phonetic guides (rPh) left out.
func (p *pkg) sharedStrings(name string) ([]string, error) {
	d, c, found, err := p.open(name)
	if !found || err != nil {
		return nil, err
	}
	defer c.Close()
	ts := tokens{d: d}
	var strs []string
	var buf []byte
	inItem, inText, phonetic := false, false, 0
	for {
		tok, err := ts.next()
		if err == io.EOF {
			return strs, nil
		}
		if err != nil {
			return nil, p.damaged(name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "sst":
				if n, err := strconv.Atoi(attr(tok, "uniqueCount")); err == nil && n > 0 {
					// The count is only a hint: a false one must not
					// allocate much.
					strs = make([]string, 0, min(n, 1<<16))
				}
			case "si":
				inItem, buf = true, buf[:0]
			case "t":
				inText = inItem && phonetic == 0
			case "rPh":
				phonetic++
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "si":
				if inItem {
					if len(strs) == p.maxCells {
						return nil, lang.M(errXLSXTooManyText, p.maxCells)
					}
					strs = append(strs, decodeEscapes(string(buf)))
				}
				inItem = false
			case "t":
				inText = false
			case "rPh":
				phonetic--
			}
		case xml.CharData:
			if inText {
				buf = append(buf, tok...)
			}
		}
	}
}

// decodeEscapes decodes the _xHHHH_ escapes Office Open XML writes for
// characters XML cannot hold (a carriage return is _x000D_, and _x005F_
// escapes an underscore).
func decodeEscapes(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	var units []uint16
	flush := func() {
		if len(units) > 0 {
			b.WriteString(string(utf16.Decode(units)))
			units = units[:0]
		}
	}
	for i := 0; i < len(s); {
		if u, ok := escapeAt(s, i); ok {
			units = append(units, u)
			i += 7
			continue
		}
		flush()
		b.WriteByte(s[i])
		i++
	}
	flush()
	return b.String()
}

// escapeAt reads an _xHHHH_ escape at s[i:].
func escapeAt(s string, i int) (uint16, bool) {
	if i+7 > len(s) || s[i] != '_' || s[i+1] != 'x' || s[i+6] != '_' {
		return 0, false
	}
	v, err := strconv.ParseUint(s[i+2:i+6], 16, 16)
	return uint16(v), err == nil
}
