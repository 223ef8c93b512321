package ingest

import (
	"testing"
	"time"

	"nrrlab/calc/monthly"
)

func TestParseMonth(t *testing.T) {
	for _, c := range []struct {
		text string
		year int
		m    time.Month
	}{
		{"2024-01", 2024, 1}, {"2024/01", 2024, 1}, {"2024-1", 2024, 1}, {"01/2024", 2024, 1}, {"1/2024", 2024, 1},
		{"Jan 2024", 2024, 1}, {"Jan-24", 2024, 1}, {"jan-2024", 2024, 1}, {"January 2024", 2024, 1},
		{"Januari 2024", 2024, 1}, {"Feb 2025", 2025, 2}, {"Mac 2024", 2024, 3}, {"Maret 2024", 2024, 3},
		{"Mei 2024", 2024, 5}, {"May-24", 2024, 5}, {"Juni 2024", 2024, 6}, {"Julai 2024", 2024, 7},
		{"Agu 2024", 2024, 8}, {"Ags 2024", 2024, 8}, {"Agustus 2024", 2024, 8}, {"Ogos 2024", 2024, 8},
		{"Sept 2024", 2024, 9}, {"Okt 2024", 2024, 10}, {"Oct-24", 2024, 10}, {"Nop 2024", 2024, 11},
		{"Des 2024", 2024, 12}, {"Dis 2024", 2024, 12}, {"Disember 2024", 2024, 12}, {"December 2024", 2024, 12},
		{"2024 Mar", 2024, 3}, {"2024-01-31", 2024, 1}, {"31/01/2024", 2024, 1}, {"15 Mar 2024", 2024, 3},
		{" Apr 2024 ", 2024, 4}, {"Jan 31, 2024", 2024, 1}, {"March 5 2024", 2024, 3}, {"5-Mar-24", 2024, 3},
		{"2024-02-29", 2024, 2}, {"1/12/24", 2024, 12},
	} {
		got, ok := ParseMonth(c.text)
		if want := monthly.MonthOf(c.year, c.m); !ok || got != want {
			t.Errorf("ParseMonth(%q) = %v, %v; want %v", c.text, got, ok, want)
		}
	}
	for _, bad := range []string{"", "Customer", "ARR 2024", "2024", "13/2024", "2024-13", "Foo 2024", "Jan", "1.234", "$1,200", "1/2/3/4", "Jan 99999", "0/2024",
		// A third part that is not a day: the reader took these as January.
		"2024 1A", "2024-01-32", "2024-01-00", "2024-1-123", "32/01/2024", "00/01/2024", "Jan 40 2024", "A 1 2024"} {
		if m, ok := ParseMonth(bad); ok {
			t.Errorf("ParseMonth(%q) = %v, want no month", bad, m)
		}
	}
	if m, ok := parseMonth("03/04/2024", monthFirst); !ok || m != monthly.MonthOf(2024, 3) {
		t.Errorf("month-first 03/04/2024 = %v, %v; want March", m, ok)
	}
	if m, _ := parseMonth("03/04/2024", dayFirst); m != monthly.MonthOf(2024, 4) {
		t.Errorf("day-first 03/04/2024 = %v; want April", m)
	}
}
