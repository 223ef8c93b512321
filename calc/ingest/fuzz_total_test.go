package ingest

import (
	"fmt"
	"strings"
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// FuzzTotalRow checks the total-row rule as a property: appending to any
// wide sheet a row holding the exact sums of its columns, named Total or
// not named at all, leaves out that row and changes nothing else.
func FuzzTotalRow(f *testing.F) {
	f.Add([]byte{3, 10, 20, 30, 5, 5, 5}, false)
	f.Add([]byte{1, 0x80, 0x7f, 1, 2}, true)
	f.Add([]byte{4, 0, 0, 0, 0, 9, 0, 0, 0, 0xff, 0xfe, 0, 1}, true)
	f.Fuzz(func(t *testing.T, data []byte, nameless bool) {
		if len(data) < 3 {
			return
		}
		months := 2 + int(data[0])%5
		data = data[1:]
		rows := len(data) / months
		if rows == 0 || rows > 200 || (nameless && rows < 2) {
			return
		}
		var b strings.Builder
		b.WriteString("Customer")
		for m := 0; m < months; m++ {
			fmt.Fprintf(&b, ",2024-%02d", m+1)
		}
		sums := make([]calc.Money, months)
		evidence := false
		for r := 0; r < rows; r++ {
			fmt.Fprintf(&b, "\nC%d", r)
			for m := 0; m < months; m++ {
				v := int(int8(data[r*months+m])) * 37
				fmt.Fprintf(&b, ",%d", v)
				sums[m] += calc.Money(v) * calc.Cents
			}
		}
		for _, s := range sums {
			evidence = evidence || s != 0
		}
		plain := b.String() + "\n"
		if nameless {
			b.WriteString("\n")
		} else {
			b.WriteString("\nTotal")
		}
		for _, s := range sums {
			fmt.Fprintf(&b, ",%d", s/calc.Cents)
		}
		withTotal := b.String() + "\n"

		read := func(text string) (*Table, Mapping, bool) {
			tab, err := ReadTable([]byte(text))
			if err != nil {
				t.Fatalf("%q: %v", text, err)
			}
			m, err := tab.Detect()
			return tab, m, err == nil
		}
		tab1, m1, ok1 := read(plain)
		tab2, m2, ok2 := read(withTotal)
		if !ok1 || !ok2 {
			return
		}
		s1, rep1 := tab1.Series(m1)
		s2, rep2 := tab2.Series(m2)
		if !rep1.OK() || !rep2.OK() {
			t.Fatalf("errors %v %v", rep1.Errors, rep2.Errors)
		}
		if !evidence {
			return // sums of zero total nothing: the row is a customer paying nothing
		}
		if strings.Join(s1.Customers, "|") != strings.Join(s2.Customers, "|") || fmt.Sprint(s1.Amounts) != fmt.Sprint(s2.Amounts) {
			t.Fatalf("the total row changed the series:\n%s\n%v %v\n%v %v", withTotal, s1.Customers, s1.Amounts, s2.Customers, s2.Amounts)
		}
		if len(rep2.NoticesIn(lang.Printer{})) == 0 || !strings.HasPrefix(rep2.NoticesIn(lang.Printer{})[0], "Left out 1 total row ") {
			t.Fatalf("notices %q", rep2.NoticesIn(lang.Printer{}))
		}
	})
}
