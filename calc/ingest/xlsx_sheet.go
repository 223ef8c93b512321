package ingest

import (
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"

	"nrrlab/calc/lang"
)

// sheetReader reads one worksheet part into a Table.
type sheetReader struct {
	name     string
	strs     []string
	kinds    []formatKind
	date1904 bool
	maxCells int
	shared   map[string]string // shared formulas' text by index

	t        Table
	cells    []string // the text of each cell, before finish puts them in t
	rowStart int      // index in cells of the current row's first cell
	nonBlank bool     // the current row has a cell with text
	unsorted bool     // a row came before one with a smaller number

	// The current row and cell.
	row      int
	col      int
	sharedID string // the index of a shared formula, when the cell has one
	typ      string
	style    int
	value    []byte
	formula  []byte
	hasValue bool
	hasForm  bool
	inline   []byte
}

func (sr *sheetReader) read(p *pkg, part string) (*Table, error) {
	d, c, found, err := p.open(part)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, lang.M(errXLSXMissingPart, part)
	}
	defer c.Close()
	ts := tokens{d: d}
	inData, inRow, inInline, phonetic := false, false, false, 0
	var capture *[]byte
	for {
		tok, err := ts.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, p.damaged(part, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "dimension":
				if !inData && sr.t.starts == nil {
					sr.presize(attr(tok, "ref"), p.partSize(part))
				}
			case "sheetData":
				inData = true
			case "row":
				if !inData {
					continue
				}
				if err := sr.startRow(attr(tok, "r")); err != nil {
					return nil, err
				}
				inRow = true
			case "c":
				if !inRow {
					continue
				}
				if err := sr.startCell(tok); err != nil {
					return nil, err
				}
			case "v":
				capture, sr.hasValue = &sr.value, true
			case "f":
				capture, sr.hasForm = &sr.formula, true
				if attr(tok, "t") == "shared" {
					sr.sharedID = attr(tok, "si")
				}
			case "is":
				inInline = true
			case "rPh":
				phonetic++
			case "t":
				if inInline && phonetic == 0 {
					capture = &sr.inline
				}
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "v", "f", "t":
				capture = nil
			case "rPh":
				phonetic--
			case "is":
				inInline = false
			case "c":
				if inRow {
					if err := sr.endCell(); err != nil {
						return nil, err
					}
				}
			case "row":
				if inRow {
					sr.endRow()
				}
				inRow = false
			case "sheetData":
				// Nothing after the cells matters.
				return sr.finish()
			}
		case xml.CharData:
			if capture != nil {
				*capture = append(*capture, tok...)
			}
		}
	}
	return sr.finish()
}

// presize makes room for the cells of the sheet's used range, such as
// A1:AK10001, as far as the part's size makes it believable: a cell takes
// ten bytes of XML at least.
func (sr *sheetReader) presize(ref string, partSize uint64) {
	first, last, ok := strings.Cut(ref, ":")
	if !ok {
		return
	}
	c0, r0, ok0 := cellOf(first)
	c1, r1, ok1 := cellOf(last)
	if !ok0 || !ok1 || c1 < c0 || r1 < r0 {
		return
	}
	rows := min(r1-r0+1, int(min(partSize/10, maxSheetRows)))
	cells := min(rows*(c1+1), sr.maxCells, int(min(partSize/10, uint64(sr.maxCells))))
	sr.cells = make([]string, 0, cells)
	sr.t.starts = make([]int32, 0, rows+1)
	sr.t.lines = make([]int32, 0, rows)
}

// startRow starts the row numbered ref, or the one after the last when ref
// is empty.
func (sr *sheetReader) startRow(ref string) error {
	n := sr.row + 1
	if ref != "" {
		var err error
		if n, err = strconv.Atoi(ref); err != nil {
			n = 0
		}
	}
	if n < 1 || n > maxSheetRows {
		return lang.M(errXLSXBadRef, quoted(ref), quoted(sr.name))
	}
	if n <= sr.row {
		sr.unsorted = true
	}
	sr.row = n
	sr.rowStart = len(sr.cells)
	sr.nonBlank = false
	sr.col = -1
	return nil
}

// startCell reads a cell's reference, type and style.
func (sr *sheetReader) startCell(se xml.StartElement) error {
	sr.typ, sr.style = "", 0
	sr.value, sr.formula, sr.inline = sr.value[:0], sr.formula[:0], sr.inline[:0]
	sr.hasValue, sr.hasForm = false, false
	sr.sharedID = ""
	ref := attr(se, "r")
	if ref == "" {
		sr.col++
	} else {
		col, ok := columnOf(ref)
		if !ok {
			return lang.M(errXLSXBadRef, quoted(ref), quoted(sr.name))
		}
		sr.col = col
	}
	for _, a := range se.Attr {
		if a.Name.Space != "" {
			continue
		}
		switch a.Name.Local {
		case "t":
			sr.typ = a.Value
		case "s":
			if s, err := strconv.Atoi(a.Value); err == nil && s >= 0 {
				sr.style = s
			}
		}
	}
	if sr.col >= maxSheetColumns {
		return lang.M(errXLSXBadRef, quoted(ref), quoted(sr.name))
	}
	return nil
}

// columnOf returns the column of a reference such as C7 or AB12, from 0.
func columnOf(ref string) (int, bool) {
	col, _, ok := cellOf(ref)
	return col, ok
}

// cellOf returns the column, from 0, and the row, from 1, of a reference
// such as C7 or AB12.
func cellOf(ref string) (col, row int, ok bool) {
	i := 0
	for ; i < len(ref) && i < 4; i++ {
		c := ref[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
	}
	if i == 0 || col > maxSheetColumns {
		return 0, 0, false
	}
	n, err := strconv.Atoi(ref[i:])
	if err != nil || n < 1 || n > maxSheetRows || ref[i] == '+' || ref[i] == '-' {
		return 0, 0, false
	}
	return col - 1, n, true
}

// endCell decides the cell's text and puts it in its column.
func (sr *sheetReader) endCell() error {
	text, err := sr.cellText()
	if err != nil {
		return err
	}
	if text == "" {
		return nil
	}
	i := sr.rowStart + sr.col
	if i < len(sr.cells) {
		// A cell written out of order, or twice: the last one counts.
		sr.cells[i] = text
	} else {
		if i >= sr.maxCells {
			return lang.M(errXLSXTooManyCell, quoted(sr.name), sr.maxCells)
		}
		for len(sr.cells) < i {
			sr.cells = append(sr.cells, "")
		}
		sr.cells = append(sr.cells, text)
	}
	if !sr.nonBlank && strings.TrimSpace(text) != "" {
		sr.nonBlank = true
	}
	return nil
}

// cellText is what the cell shows, as ReadXLSX documents it.
func (sr *sheetReader) cellText() (string, error) {
	if sr.sharedID != "" {
		// The first cell of a shared formula holds its text; the others
		// name it by index.
		if len(sr.formula) > 0 {
			if sr.shared == nil {
				sr.shared = map[string]string{}
			}
			sr.shared[sr.sharedID] = string(sr.formula)
		} else {
			sr.formula = append(sr.formula, sr.shared[sr.sharedID]...)
		}
	}
	// A formula the file holds no result for: its text, so the user sees
	// which cell needs recalculating.
	if sr.hasForm && (!sr.hasValue || (len(sr.value) == 0 && sr.typ != "str")) && len(sr.formula) > 0 {
		return "=" + decodeEscapes(string(sr.formula)), nil
	}
	if len(sr.value) == 0 && sr.typ != "inlineStr" && sr.typ != "str" {
		// A cell with a type or a style and nothing in it, as Excel
		// writes for formatted empty cells.
		return "", nil
	}
	switch sr.typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(string(sr.value)))
		if err != nil || i < 0 || i >= len(sr.strs) {
			return "", lang.M(errXLSXBadString, columnLetter(sr.col)+strconv.Itoa(sr.row), quoted(sr.name), i, len(sr.strs))
		}
		return sr.strs[i], nil
	case "inlineStr":
		return decodeEscapes(string(sr.inline)), nil
	case "str":
		return decodeEscapes(string(sr.value)), nil
	case "b":
		switch strings.TrimSpace(string(sr.value)) {
		case "1", "true":
			return "TRUE", nil
		case "0", "false":
			return "FALSE", nil
		}
		return string(sr.value), nil
	case "e":
		return string(sr.value), nil
	case "d":
		return isoText(string(sr.value)), nil
	}
	kind := kindGeneral
	if sr.style < len(sr.kinds) {
		kind = sr.kinds[sr.style]
	}
	return numberText(string(sr.value), kind, sr.date1904), nil
}

// endRow keeps the row unless it is blank.
func (sr *sheetReader) endRow() {
	t := &sr.t
	if !sr.nonBlank {
		sr.cells = sr.cells[:sr.rowStart]
		return
	}
	t.starts = append(t.starts, int32(sr.rowStart))
	t.lines = append(t.lines, int32(sr.row))
}

// finish closes the table: rows in the sheet's order, columns counted.
func (sr *sheetReader) finish() (*Table, error) {
	t := &sr.t
	if t.Rows() == 0 {
		return nil, lang.M(errXLSXEmptySheet, quoted(sr.name))
	}
	t.starts = append(t.starts, int32(len(sr.cells)))
	if sr.unsorted {
		sr.cells = sortRows(t, sr.cells)
	}
	// Every cell of a sheet is a text of its own.
	t.own, t.from, t.size = sr.cells, make([]uint32, len(sr.cells)), make([]uint8, len(sr.cells))
	for i, c := range t.own {
		t.own[i] = trimSpaces(c)
		t.from[i], t.size[i] = uint32(i), ownCell
	}
	t.Delimiter = '\t'
	t.trimColumns()
	return t, nil
}

// sortRows puts rows written out of order in the order of their numbers,
// keeping rows with the same number in the order written, and returns their
// cells in that order.
func sortRows(t *Table, rowCells []string) []string {
	order := make([]int, t.Rows())
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return int(t.lines[a]) - int(t.lines[b]) })
	cells := make([]string, 0, len(rowCells))
	starts := make([]int32, 0, len(t.starts))
	lines := make([]int32, 0, len(t.lines))
	for _, r := range order {
		starts = append(starts, int32(len(cells)))
		lines = append(lines, t.lines[r])
		cells = append(cells, rowCells[t.starts[r]:t.starts[r+1]]...)
	}
	t.starts, t.lines = append(starts, int32(len(cells))), lines
	return cells
}
