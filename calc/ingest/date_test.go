package ingest

import (
	"testing"
	"time"

	"nrrlab/calc/lang"
)

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		scenario, text string
		want           string
	}{
		{"ISO", "2024-01-31", "2024-01-31"},
		{"ISO with slashes", "2024/01/31", "2024-01-31"},
		{"ISO with T, seconds and Z", "2024-01-31T10:00:00Z", "2024-01-31"},
		{"ISO late in the day stays on its date", "2024-01-31 23:10:00", "2024-01-31"},
		{"ISO with minutes only (Stripe)", "2024-01-31 09:00", "2024-01-31"},
		{"ISO with fraction and offset", "2024-01-31T10:00:00.123+07:00", "2024-01-31"},
		{"ISO with a zone name", "2024-01-31 10:00:00 UTC", "2024-01-31"},
		{"day first with slashes", "31/01/2024", "2024-01-31"},
		{"day first with dashes", "31-01-2024", "2024-01-31"},
		{"day first with dots", "31.01.2024", "2024-01-31"},
		{"single-digit day and month", "1/2/2024", "2024-02-01"},
		{"US date with a time and AM", "1/31/2024 10:00 AM", ""},
		{"day, short month, two-digit year", "30-Apr-13", "2013-04-30"},
		{"day, month name, year", "30 Apr 2013", "2013-04-30"},
		{"month name first with a comma", "Apr 30, 2013", "2013-04-30"},
		{"full month name first", "April 30 2013", "2013-04-30"},
		{"Indonesian month", "30 Mei 2024", "2024-05-30"},
		{"Indonesian Agustus", "17 Agustus 2024", "2024-08-17"},
		{"Malay Ogos", "1 Ogos 2024", "2024-08-01"},
		{"Malay Mac", "31 Mac 2024", "2024-03-31"},
		{"year first with a month name", "2024-Jan-05", "2024-01-05"},
		{"weekday before the date", "Tue, 30 Apr 2013", "2013-04-30"},
		{"Indonesian weekday", "Senin, 1 Jan 2024", "2024-01-01"},
		{"two-digit year 29 is 2029", "01/02/29", "2029-02-01"},
		{"two-digit year 30 is 1930", "01/02/30", "1930-02-01"},
		{"two-digit year 00 is 2000", "1-Jan-00", "2000-01-01"},
		{"leap day", "29/02/2024", "2024-02-29"},
		{"spaces around", "  2024-01-31 ", "2024-01-31"},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			d, ok := ParseDate(c.text)
			if c.want == "" {
				if ok {
					t.Fatalf("ParseDate(%q) = %v, want no date read day first", c.text, d)
				}
				return
			}
			if !ok || d.String() != c.want {
				t.Fatalf("ParseDate(%q) = %v, %v; want %s", c.text, d, ok, c.want)
			}
		})
	}
}

func TestParseDateRefuses(t *testing.T) {
	for _, c := range []struct{ scenario, text string }{
		{"empty", ""},
		{"a month without a day", "2024-01"},
		{"a month name and year", "Jan 2024"},
		{"30 February", "30/02/2024"},
		{"29 February outside a leap year", "29/02/2023"},
		{"month 13", "2024-13-01"},
		{"day 0", "00/01/2024"},
		{"year too early", "1899-12-31"},
		{"year too late", "2201-01-01"},
		{"open-ended 9999", "9999-12-31"},
		{"an amount", "1,200.00"},
		{"an Excel serial alone", "45292"},
		{"a word", "never"},
		{"a bad time", "2024-01-31 25"},
		{"a time without a date", "10:00"},
		{"seconds without minutes", "2024-01-31 10:0"},
		{"a month name that is not one", "30 Foo 2024"},
		{"three-digit year", "01/02/202"},
		{"too many parts", "2024-01-31-05"},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			if d, ok := ParseDate(c.text); ok {
				t.Fatalf("ParseDate(%q) = %v, want no date", c.text, d)
			}
		})
	}
}

func TestDateOrderOfNumericDates(t *testing.T) {
	p, ok := scanDate("03/04/2024")
	if !ok {
		t.Fatal("03/04/2024 not scanned")
	}
	if d, _ := p.date(dayFirst); d.String() != "2024-04-03" {
		t.Errorf("day first: %v", d)
	}
	if d, _ := p.date(monthFirst); d.String() != "2024-03-04" {
		t.Errorf("month first: %v", d)
	}
	p, _ = scanDate("1/31/2024")
	if _, ok := p.date(dayFirst); ok {
		t.Error("1/31/2024 read day first")
	}
	if d, _ := p.date(monthFirst); d.String() != "2024-01-31" {
		t.Errorf("1/31/2024 month first: %v", d)
	}
}

func TestExcelSerials(t *testing.T) {
	for _, c := range []struct {
		scenario, text string
		want           string
	}{
		{"1 January 2024", "45292", "2024-01-01"},
		{"with a time of day", "45292.75", "2024-01-01"},
		{"1 January 1970, the first accepted", "25569", "1970-01-01"},
		{"31 December 2099, the last accepted", "73050", "2099-12-31"},
		{"29 February 2024", "45351", "2024-02-29"},
		{"before 1970 is not a date", "25568", ""},
		{"after 2099 is not a date", "73051", ""},
		{"Excel's fake 29 February 1900 is out of range", "60", ""},
		{"six digits", "100000", ""},
		{"a decimal comma", "45292,5", ""},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			d, ok := serialDate(c.text)
			if c.want == "" {
				if ok {
					t.Fatalf("serial %q = %v, want none", c.text, d)
				}
				return
			}
			if !ok || d.String() != c.want {
				t.Fatalf("serial %q = %v, %v; want %s", c.text, d, ok, c.want)
			}
		})
	}
}

// Every day from 1900 to 2200 round-trips through its year, month and day,
// and consecutive days are consecutive Dates.
func TestDateCivilRoundTrip(t *testing.T) {
	start := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	prev := DateOf(1899, time.December, 31)
	for day := start; day.Year() <= 2200; day = day.AddDate(0, 0, 1) {
		d := DateFromTime(day)
		if d != prev+1 {
			t.Fatalf("%s is Date %d after %d", day.Format(time.DateOnly), d, prev)
		}
		y, m, dd := d.Civil()
		if y != day.Year() || m != day.Month() || dd != day.Day() || d.String() != day.Format(time.DateOnly) {
			t.Fatalf("%s round-trips as %d-%d-%d (%s)", day.Format(time.DateOnly), y, m, dd, d)
		}
		prev = d
	}
}

func TestAddMonthsClampsTheDay(t *testing.T) {
	for _, c := range []struct {
		scenario, from string
		n              int
		want           string
	}{
		{"31 January and a month is 29 February in a leap year", "2024-01-31", 1, "2024-02-29"},
		{"31 January and two months is 31 March", "2024-01-31", 2, "2024-03-31"},
		{"31 January and a month is 28 February otherwise", "2023-01-31", 1, "2023-02-28"},
		{"15 January and three months", "2024-01-15", 3, "2024-04-15"},
		{"a year on", "2024-02-29", 12, "2025-02-28"},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			d, _ := ParseDate(c.from)
			if got := addMonths(d, c.n).String(); got != c.want {
				t.Fatalf("%s + %d months = %s, want %s", c.from, c.n, got, c.want)
			}
		})
	}
}

func TestDateColumnDecidesItsOrder(t *testing.T) {
	for _, c := range []struct {
		scenario string
		cells    string
		style    DateStyle
		want     []string
		notice   string
	}{
		{"a day above 12 first decides day first", "03/04/2024\n31/01/2024", DatesAuto,
			[]string{"2024-04-03", "2024-01-31"}, "Dates in column “Start” were read day first (31/01/2024), as “31/01/2024” shows."},
		{"a day above 12 second decides month first", "03/04/2024\n1/31/2024", DatesAuto,
			[]string{"2024-03-04", "2024-01-31"}, "Dates in column “Start” were read month first (01/31/2024), as “1/31/2024” shows."},
		{"nothing decides: day first, as in Jakarta and Kuala Lumpur", "03/04/2024\n05/06/2024", DatesAuto,
			[]string{"2024-04-03", "2024-06-05"}, "Dates in column “Start” such as “03/04/2024” could be read either way and were read day first (31/01/2024); choose month first if they were written in the US style."},
		{"the choice forces month first", "03/04/2024\n05/06/2024", DatesMonthFirst,
			[]string{"2024-03-04", "2024-05-06"}, "were read month first (01/31/2024), as chosen"},
		{"the choice forces day first", "03/04/2024\n05/06/2024", DatesDayFirst,
			[]string{"2024-04-03", "2024-06-05"}, "were read day first (31/01/2024), as chosen"},
		{"ISO dates need no notice", "2024-04-03\n2024-06-05", DatesAuto,
			[]string{"2024-04-03", "2024-06-05"}, ""},
		{"serials in a column of dates", "2024-01-31\n45292", DatesAuto,
			[]string{"2024-01-31", "2024-01-01"}, "1 value in column “Start”, “45292”, is a spreadsheet serial number and was read as a date (45292 is 2024-01-01)."},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			tab, err := ReadTable([]byte("Start\n" + c.cells + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			m := NewMapping(Subscriptions)
			m.DateStyle = c.style
			dc := tab.newDateColumn(m, 0)
			for i, want := range c.want {
				d, _, cerr := dc.read(i + 1)
				if cerr != nil || d.String() != want {
					t.Errorf("row %d = %v, %v; want %s", i+2, d, cerr, want)
				}
			}
			var rep Report
			dc.noteOrder(&rep)
			if c.notice == "" && len(rep.NoticesIn(lang.Printer{})) > 0 || c.notice != "" && !hasNotice(rep, c.notice) {
				t.Errorf("notices %q, want %q", rep.NoticesIn(lang.Printer{}), c.notice)
			}
			if len(rep.NoticesIn(lang.Printer{})) > 1 {
				t.Errorf("more than one notice for one column: %q", rep.NoticesIn(lang.Printer{}))
			}
		})
	}
}

func TestDateColumnErrorWhenTheOrderIsChosen(t *testing.T) {
	tab, _ := ReadTable([]byte("Start\n31/01/2024\n"))
	m := NewMapping(Subscriptions)
	m.DateStyle = DatesMonthFirst
	_, _, err := tab.newDateColumn(m, 0).read(1)
	if want := "Row 2, column “Start”: “31/01/2024” cannot be read. Dates are read month first, as chosen. Expected a date such as 2024-01-31 or 31/01/2024."; err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
}

func TestDateColumnErrors(t *testing.T) {
	tab, _ := ReadTable([]byte("Start\n31/01/2024\n1/31/2024\nsoon\n45292\n"))
	m := NewMapping(Subscriptions)
	dc := tab.newDateColumn(m, 0)
	for _, c := range []struct {
		scenario string
		row      int
		want     string
	}{
		{"a date that only reads in the order the column does not use", 2,
			"Row 3, column “Start”: “1/31/2024” cannot be read. The other dates in the column put the day first. Expected a date such as 2024-01-31 or 31/01/2024."},
		{"a word", 3, "Row 4, column “Start”: “soon” cannot be read. Expected a date such as 2024-01-31 or 31/01/2024."},
		{"a serial in a column that also holds words", 4, "Row 5, column “Start”: “45292” cannot be read. Expected a date such as 2024-01-31 or 31/01/2024."},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			_, _, err := dc.read(c.row)
			if err == nil || err.Error() != c.want {
				t.Fatalf("error %v, want %s", err, c.want)
			}
		})
	}
}
