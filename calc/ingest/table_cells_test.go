package ingest

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// splitRows is how ReadTable split text before cells were spans of it: a
// string per cell, as written between delimiters, quotes undone. The tests
// hold the spans to it.
func splitRows(text string, d byte) (rows [][]string, lines []int, ok bool) {
	line, rowLine := 1, 1
	var row []string
	blank := true
	endRow := func() {
		if !blank {
			rows = append(rows, row)
			lines = append(lines, rowLine)
		}
		row, blank = nil, true
	}
	for i := 0; ; {
		var field string
		j := i
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' && d != '\t') {
			j++
		}
		if j < len(text) && text[j] == '"' {
			start := j + 1
			k := start
			escaped := false
			for {
				q := strings.IndexByte(text[k:], '"')
				if q < 0 {
					return nil, nil, false
				}
				k += q
				if k+1 < len(text) && text[k+1] == '"' {
					escaped = true
					k += 2
					continue
				}
				break
			}
			field = text[start:k]
			line += strings.Count(field, "\n")
			if escaped {
				field = strings.ReplaceAll(field, `""`, `"`)
			}
			e := k + 1
			for e < len(text) && text[e] != d && text[e] != '\n' && text[e] != '\r' {
				e++
			}
			if rest := strings.TrimSpace(text[k+1 : e]); rest != "" {
				field += rest
			}
			i = e
		} else {
			e := i
			for e < len(text) && text[e] != d && text[e] != '\n' && text[e] != '\r' {
				e++
			}
			field, i = text[i:e], e
		}
		row = append(row, field)
		if blank && strings.TrimSpace(field) != "" {
			blank = false
		}
		if i >= len(text) {
			endRow()
			return rows, lines, true
		}
		switch text[i] {
		case d:
			i++
			continue
		case '\r':
			i++
			if i < len(text) && text[i] == '\n' {
				i++
			}
		case '\n':
			i++
		}
		endRow()
		line++
		rowLine = line
		if i >= len(text) {
			return rows, lines, true
		}
	}
}

// sameCells fails when ReadTable reads data into other cells, lines or
// errors than splitRows, trimmed as Cell trims them.
func sameCells(t *testing.T, data []byte) {
	t.Helper()
	tab, err := ReadTable(data)
	text, terr := decodeText(data)
	if terr != nil || strings.TrimFunc(text, func(r rune) bool { return isSpace(r) || r == '\n' || r == '\r' }) == "" {
		if err == nil {
			t.Fatalf("%q: read, though it is binary or blank", data)
		}
		return
	}
	rows, lines, ok := splitRows(text, detectDelimiter(text))
	if ok != (err == nil) {
		t.Fatalf("%q: error %v, split %v", data, err, ok)
	}
	if !ok {
		return
	}
	if tab.Rows() != len(rows) {
		t.Fatalf("%q: %d rows, want %d", data, tab.Rows(), len(rows))
	}
	for r, row := range rows {
		if tab.Line(r) != lines[r] {
			t.Fatalf("%q: row %d on line %d, want %d", data, r, tab.Line(r), lines[r])
		}
		for c := -1; c <= len(row); c++ {
			want := ""
			if c >= 0 && c < len(row) {
				want = trimSpaces(row[c])
			}
			if got := tab.Cell(r, c); got != want {
				t.Fatalf("%q: cell %d,%d is %q, want %q", data, r, c, got, want)
			}
		}
	}
}

// TestCellsAreWhatTheTextSplitsInto holds the cells to splitRows on every
// kind of field: quoted, with doubled quotes, text after the quote, spaces
// of every kind around, line ends of every kind, blank rows.
func TestCellsAreWhatTheTextSplitsInto(t *testing.T) {
	parts := []string{"a", "1,5", "x y", " ", "\t", "\u00a0", "\u2009b\u202f", `"q"`, `"q ""r"""`, `"a,b"`, `"x` + "\n" + `y"`,
		`"s" t`, `  "p"  `, "", ",", ";", "\t", "\n", "\r\n", "\r", "\n\n", "é", "\u3000"}
	rng := rand.New(rand.NewPCG(51, 52))
	for range 20_000 {
		var b strings.Builder
		for n := rng.IntN(30); n > 0; n-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		sameCells(t, []byte(b.String()))
	}
}

func FuzzCellsAreWhatTheTextSplitsInto(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "\"x\ny\",1\n", "a;b\r\n1,5;2\r\n", "\ufeffa\tb\n", " \"q\"\"\" r ,\u00a0x\u00a0\n\n", "\"open"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { sameCells(t, data) })
}

// TestAWideFirstLineOverManyShortOnes: the slices are sized from the first
// line and the first lines' ends, but never beyond what the text can hold;
// 200,000 commas over three million short lines once asked for 48 GB.
func TestAWideFirstLineOverManyShortOnes(t *testing.T) {
	text := strings.Repeat(",", 200_000) + "x\n" + strings.Repeat("1\n", 3_000_000)
	tab, err := ReadTable([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if tab.Rows() != 3_000_001 || tab.Cell(0, 200_000) != "x" || tab.Cell(3_000_000, 0) != "1" {
		t.Errorf("%d rows", tab.Rows())
	}
	if c := cap(tab.from); c > len(text) {
		t.Errorf("room for %d cells in %d bytes", c, len(text))
	}
}

// TestRegularRowsThenOthers: rows of the first row's width, one a line,
// are kept without their starts and lines until a row is not; the cells
// and lines are the same either side of that row, whatever it is.
func TestRegularRowsThenOthers(t *testing.T) {
	regular := "h1,h2\n1,2\n3,4\n"
	for _, then := range []string{"5\n6,7\n", "5,6,7\n8,9\n", "\n5,6\n7,8\n", "\"5\n\",6\n7,8\n", ",\n5,6\n", "5,6\r\n\r\n7,8"} {
		sameCells(t, []byte(regular+then))
		sameCells(t, []byte("\n\n"+regular+then))
	}
}

// TestLongCells: a cell of 255 bytes or more is kept apart, as its length
// does not fit a byte, and reads the same.
func TestLongCells(t *testing.T) {
	for _, n := range []int{253, 254, 255, 256, 70_000} {
		long := strings.Repeat("x", n)
		for _, text := range []string{"a,b\n" + long + ",1\n2," + long + "\n", "a,b\n \"" + long + "\" ,1\n2,  " + long + "\t\n", "a\tb\n" + long + " " + long + "\t1\n"} {
			sameCells(t, []byte(text))
			if tab, err := ReadTable([]byte(text)); err != nil || len(tab.Cell(1, 0)) < n {
				t.Errorf("%d bytes: %q, %v", n, tab.Cell(1, 0), err)
			}
		}
	}
}
