package ingest

import "nrrlab/calc/lang"

// DateStyle says how a table writes numeric dates such as 03/04/2024, which
// are 3 April in Jakarta and Kuala Lumpur and 4 March in New York.
type DateStyle uint8

const (
	// DatesAuto decides per column from all its dates: a first number above
	// 12 (31/01/2024) means day first, a second number above 12 (01/31/2024)
	// means month first, and when no date decides, day first.
	DatesAuto DateStyle = iota
	// DatesDayFirst reads 03/04/2024 as 3 April 2024.
	DatesDayFirst
	// DatesMonthFirst reads 03/04/2024 as 4 March 2024.
	DatesMonthFirst
)

// dateColumn reads the dates of one column in the order its cells agree on,
// and says once how it read them.
type dateColumn struct {
	t     *Table
	m     Mapping
	col   int
	order dateOrder
	// serials says the column holds only dates and spreadsheet serial
	// numbers, so a number such as 45292 is read as a date.
	serials bool
	// What the column showed, for its notice.
	numeric, dayFirstSeen, monthFirstSeen      int
	ambiguousExample, dayExample, monthExample string
	serialCount                                int
	serialExample                              string
}

// newDateColumn looks at every date of column col to decide its order and
// whether it holds spreadsheet serial numbers.
func (t *Table) newDateColumn(m Mapping, col int) *dateColumn {
	dc := &dateColumn{t: t, m: m, col: col}
	if col < 0 || col >= t.Columns {
		return dc
	}
	first := 0
	if m.Header {
		first = 1
	}
	junk := 0
	for r := first; r < t.Rows(); r++ {
		s := t.Cell(r, col)
		if s == "" || classifyLabel(t.Cell(r, 0)) == labelTotal {
			continue
		}
		p, ok := scanDate(s)
		if !ok {
			if _, serial := serialDate(s); !serial {
				junk++
			}
			continue
		}
		if !p.numeric {
			continue
		}
		dc.numeric++
		switch {
		case p.a > 12 && p.b <= 12:
			dc.dayFirstSeen++
			if dc.dayExample == "" {
				dc.dayExample = s
			}
		case p.b > 12 && p.a <= 12:
			dc.monthFirstSeen++
			if dc.monthExample == "" {
				dc.monthExample = s
			}
		case p.a != p.b && dc.ambiguousExample == "":
			dc.ambiguousExample = s
		}
	}
	dc.serials = junk == 0
	switch m.DateStyle {
	case DatesDayFirst:
		dc.order = dayFirst
	case DatesMonthFirst:
		dc.order = monthFirst
	default:
		if dc.monthFirstSeen > dc.dayFirstSeen {
			dc.order = monthFirst
		}
	}
	return dc
}

// read reads the date of row r. A blank cell is no date and no error; a cell
// that is not a date is an error naming the row, the column and the text.
func (dc *dateColumn) read(r int) (d Date, blank bool, err *CellError) {
	s := dc.t.Cell(r, dc.col)
	if s == "" {
		return 0, true, nil
	}
	var problem lang.Msg
	if p, ok := scanDate(s); ok {
		if d, ok := p.date(dc.order); ok {
			return d, false, nil
		}
		if _, ok := p.date(1 - dc.order); ok && p.numeric {
			switch {
			case dc.m.DateStyle == DatesDayFirst:
				problem = lang.M(problemDayFirstChosen)
			case dc.m.DateStyle == DatesMonthFirst:
				problem = lang.M(problemMonthFirstChosen)
			case dc.order == monthFirst:
				problem = lang.M(problemMonthFirstColumn)
			default:
				problem = lang.M(problemDayFirstColumn)
			}
		}
	} else if dc.serials {
		if d, ok := serialDate(s); ok {
			dc.serialCount++
			if dc.serialExample == "" {
				dc.serialExample = s
			}
			return d, false, nil
		}
	}
	return 0, false, &CellError{Row: dc.t.Line(r), Column: dc.t.ColumnName(dc.m, dc.col), Header: dc.t.namedByHeader(dc.m, dc.col), Text: clip(s), Expected: lang.M(expectDate), Problem: problem}
}

// noteOrder says once how the column's numeric dates and serial numbers
// were read.
func (dc *dateColumn) noteOrder(rep *Report) {
	name := dc.t.columnArg(dc.m, dc.col)
	if dc.numeric > 0 {
		switch {
		case dc.m.DateStyle == DatesDayFirst:
			rep.notice(noticeDayFirstChosen, name)
		case dc.m.DateStyle == DatesMonthFirst:
			rep.notice(noticeMonthFirstChosen, name)
		case dc.order == monthFirst:
			rep.notice(noticeMonthFirstSeen, name, quoted(dc.monthExample))
		case dc.dayFirstSeen > 0:
			rep.notice(noticeDayFirstSeen, name, quoted(dc.dayExample))
		case dc.ambiguousExample != "":
			rep.notice(noticeDayFirstDefault, name, quoted(dc.ambiguousExample))
		}
	}
	if dc.serialCount > 0 {
		d, _ := serialDate(dc.serialExample)
		rep.notice(noticeSerials, dc.serialCount, name, quoted(dc.serialExample), dc.serialExample, d.String())
	}
}

// clip shortens a cell's text to the first 40 characters for a message.
func clip(s string) string { return clipTo(s, 40) }

// clipTo shortens s to its first n characters, marking the cut.
func clipTo(s string, n int) string {
	k := 0
	for i := range s {
		if k == n {
			return s[:i] + "…"
		}
		k++
	}
	return s
}
