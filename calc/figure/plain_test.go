package figure

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// samePlain fails when ScanPlain reads text other than Scan and Figure do:
// a different amount, currency, evidence or ambiguous separator in any
// style, or a text they do not read as an amount at all.
func samePlain(t *testing.T, text string) bool {
	t.Helper()
	p, ok := ScanPlain(text)
	if d, dok := ScanDecimal(text); dok {
		for _, style := range []Style{StyleAuto, StyleDotDecimal, StyleCommaDecimal} {
			if amount, sep := p.Amount(style); !ok || amount != d || sep != 0 || p.Currency() != noCurrency {
				t.Fatalf("%q in style %d: ScanDecimal %v; ScanPlain %v (separator %q, currency %v), %v", text, style, d, amount, sep, p.Currency(), ok)
			}
		}
	}
	if !ok {
		return false
	}
	rd, perr := Scan(text)
	if !perr.None() {
		t.Fatalf("ScanPlain read %q, Scan says %v", text, perr)
	}
	if p.Currency() != rd.Currency() || p.Evidence() != rd.Evidence() {
		t.Fatalf("%q: ScanPlain currency %v evidence %v; Scan %v, %v", text, p.Currency(), p.Evidence(), rd.Currency(), rd.Evidence())
	}
	for _, style := range []Style{StyleAuto, StyleDotDecimal, StyleCommaDecimal} {
		r := rd // Figure notes on its Reading
		f, prob := r.Figure(style)
		amount, sep := p.Amount(style)
		if !prob.None() || f.Percent || f.Amount != amount || r.Ambiguous() != sep || f.Currency != p.Currency() {
			t.Fatalf("%q in style %d: ScanPlain %v (separator %q); Figure %+v, %v (separator %q)", text, style, amount, sep, f, prob, r.Ambiguous())
		}
	}
	return true
}

// TestScanPlainReadsTheCommonShapes: the cells most tables hold take the
// fast path, and read as the full reader reads them.
func TestScanPlainReadsTheCommonShapes(t *testing.T) {
	for _, s := range []string{"0", "7", "48213.07", "48213.7", "48213.", "1,234", "1.234", "12,500", "1,234,567", "1.234.567",
		"1,234.56", "1.234,56", "1.234,5", "$1,234.56", "-$1,234.56", "$-1,234.56", "-12", "0.5", "0,50", "1234,56",
		"012,345", "9999999999999999.99", "$0.00", "1,200", "999,999", "1,205"} {
		if !samePlain(t, s) {
			t.Errorf("%q: not read by ScanPlain", s)
		}
		if _, ok := ScanDecimal(s); ok != (strings.Trim(s, "0123456789") == "" || len(s) > 3 && s[len(s)-3] == '.' && strings.Trim(s[:len(s)-3]+s[len(s)-2:], "0123456789") == "") {
			t.Errorf("%q: ScanDecimal read it: %v", s, ok)
		}
	}
}

// TestScanPlainLeavesTheRestToScan: what needs the full reader, because
// it is another shape, rounds, or is not a figure, is not read.
func TestScanPlainLeavesTheRestToScan(t *testing.T) {
	for _, s := range []string{"", "-", "$", "1 234", "1'234", "(1,234)", "+5", "--5", "$$5", "5%", "1.2M", "Rp 5.000", "1.23E+5",
		"0.125", "1234.567", "1,2.5", "1,234,", "1,23,456", "1.234.567,89.1", "12345678901234567", ".5", "5-", "5,-", "1\u00a0234", "１２"} {
		if _, ok := ScanPlain(s); ok {
			t.Errorf("%q: read by ScanPlain", s)
		}
	}
}

// plainLike writes a text made of the characters of the plain shapes, and a
// few others, in random order: most are plain, many are near misses.
func plainLike(rng *rand.Rand) string {
	const chars = "0123456789012345678901234567890123456789.,.,$- %E'"
	var b strings.Builder
	if rng.IntN(3) == 0 {
		b.WriteString([]string{"-", "$", "-$", "$-"}[rng.IntN(4)])
	}
	for n := rng.IntN(24); n > 0; n-- {
		if rng.IntN(4) == 0 {
			b.WriteByte(chars[rng.IntN(40)%10])
			continue
		}
		b.WriteByte(chars[rng.IntN(len(chars))])
	}
	return b.String()
}

// plainGrouped writes an amount as a table cell may hold it: grouped or
// not, with a dot or a comma for decimals, zero to three of them.
func plainGrouped(rng *rand.Rand) string {
	v := rng.Uint64N(1 << uint(rng.IntN(60)+1))
	digits := []byte(strings.TrimLeft(strings.Repeat("0", 3)+itoa(v), "0"))
	if len(digits) == 0 || rng.IntN(10) == 0 {
		digits = append([]byte{'0'}, digits...)
	}
	group, decimal := byte(','), byte('.')
	if rng.IntN(2) == 0 {
		group, decimal = '.', ','
	}
	var b []byte
	if rng.IntN(2) == 0 {
		for i, d := range digits {
			if i > 0 && (len(digits)-i)%3 == 0 {
				b = append(b, group)
			}
			b = append(b, d)
		}
	} else {
		b = digits
	}
	if n := rng.IntN(4); n > 0 {
		b = append(b, decimal)
		for ; n > 0; n-- {
			b = append(b, byte('0'+rng.IntN(10)))
		}
	}
	switch rng.IntN(6) {
	case 0:
		b = append([]byte{'-'}, b...)
	case 1:
		b = append([]byte{'$'}, b...)
	}
	return string(b)
}

func itoa(v uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		if v /= 10; v == 0 {
			return string(b[i:])
		}
	}
}

// TestScanPlainAgreesWithScan compares the fast path with the full reader
// on generated cells, and checks that most well-formed ones take it.
func TestScanPlainAgreesWithScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	plain, grouped := 0, 0
	for range 200_000 {
		if samePlain(t, plainLike(rng)) {
			plain++
		}
		if samePlain(t, plainGrouped(rng)) {
			grouped++
		}
	}
	if plain < 10_000 || grouped < 120_000 {
		t.Errorf("only %d random and %d grouped texts of 200,000 took the fast path", plain, grouped)
	}
}

// FuzzScanPlain compares the fast path with the full reader on any text.
func FuzzScanPlain(f *testing.F) {
	for _, s := range []string{"48213.07", "1,234", "1.234,5", "$1,234.56", "-$0", "012,345", "1,23,456", "0.125", "9999999999999999.99", "1.2.3,4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		samePlain(t, text)
	})
}
