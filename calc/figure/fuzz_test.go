package figure

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"nrrlab/calc/lang"
)

// maxMessage bounds what one figure's error or note may say: 40 quoted
// characters, a problem and what was expected, whatever was pasted.
const maxMessage = 1024

func FuzzParseFigure(f *testing.F) {
	for _, s := range []string{"$1.2M", "1.200.000,50", "Rp 1,2 M", "(1,234)", "105%", "−250K", "1'234.5", "1\u00a0234", "", "abc", "--5", "99999999999999999999",
		"Rp 5.000,-", "RM 12,500.-", "1\u200b234", "\ufeff1,234.50", "1\u202f234\u202f567,89", "1.23457E+11", "1,2E+6", "1e308", "5E-2",
		"１２３，４５６", "（１２３）", "１２％", "￥１２３", "1.2M%", "5-", "(5", "$$5", "1k5", "$(1,234.50)", "1.200%", strings.Repeat("9", 100)} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, text string, style uint8) {
		st := Style(style % 3)
		fig, err := ParseFigure(text, st)
		checkFigure(t, text, fig, err)
		scanned(t, text, st, fig, err)
		// Invisible characters between every character change nothing.
		if len(text) <= 1024 {
			hidden := interleave(text, "\u200b\u2060")
			same(t, text, st, fig, err, hidden)
		}
		// Nor does typing it with fullwidth forms.
		same(t, text, st, fig, err, fullwidth(text))
		if err != nil {
			return
		}
		// Read to the cent, a number is the amount ParseFigure reads.
		if v, cur, ok := ParseScaled(text, 2, st); !fig.Percent && (!ok || v != int64(fig.Amount) || cur != fig.Currency) {
			t.Fatalf("%q read as %v; to the cent, as %d, %v", text, fig.Amount, v, ok)
		}
		// What was read, written back plainly, reads the same.
		if !fig.Percent {
			back, err := ParseFigure(fig.Amount.String(), StyleDotDecimal)
			if err != nil || back.Percent || back.Amount != fig.Amount {
				t.Fatalf("%q read as %v; written back, %+v, %v", text, fig.Amount, back, err)
			}
			return
		}
		if written := strconv.FormatFloat(fig.Rate*100, 'g', -1, 64) + "%"; !math.IsInf(fig.Rate*100, 0) {
			back, err := ParseFigure(written, StyleDotDecimal)
			if err != nil || !back.Percent || !closeRates(back.Rate, fig.Rate) {
				t.Fatalf("%q read as rate %v; written back as %q, %+v, %v", text, fig.Rate, written, back, err)
			}
		}
	})
}

// checkFigure checks what holds of every reading: an error says why, a
// figure is an amount or a rate, and nothing said grows with the text.
func checkFigure(t *testing.T, text string, fig Figure, err error) {
	t.Helper()
	if err != nil {
		var fe *FigureError
		if !errors.As(err, &fe) || fe.Problem.Key == "" || fe.Text != text {
			t.Fatalf("%q: error without its text or a reason: %#v", text, err)
		}
		if fig != noFigure {
			t.Fatalf("%q: an error, and a figure: %+v", text, fig)
		}
		if msg := err.Error(); !strings.Contains(msg, string(ExpectAmount)) {
			t.Fatalf("%q: error without what was expected: %q", text, msg)
		}
		for _, l := range lang.All {
			if msg := fe.Localize(lang.Printer{Lang: l}); msg == "" || len(msg) > maxMessage || !utf8.ValidString(msg) || badVerbs(msg, text) {
				t.Fatalf("%q: error in %s of %d bytes: %q", text, l.Name(), len(msg), msg)
			}
		}
		return
	}
	if fig.Percent && (fig.Amount != 0 || fig.Currency != lang.None) {
		t.Fatalf("%q: both a rate and an amount: %+v", text, fig)
	}
	if fig.Currency > lang.GBP && fig.Currency != lang.None {
		t.Fatalf("%q: a currency figures never name: %+v", text, fig)
	}
	if math.IsNaN(fig.Rate) || math.IsInf(fig.Rate, 0) {
		t.Fatalf("%q: rate %v", text, fig.Rate)
	}
	if fig.Note != nil {
		for _, l := range lang.All {
			if note := (lang.Printer{Lang: l}).Msg(*fig.Note); note == "" || len(note) > maxMessage || !utf8.ValidString(note) || badVerbs(note, text) {
				t.Fatalf("%q: note in %s of %d bytes: %q", text, l.Name(), len(note), note)
			}
		}
	}
}

// same fails unless other reads as text did: the same figure, or an error
// for the same reason.
func same(t *testing.T, text string, st Style, fig Figure, err error, other string) {
	t.Helper()
	fig2, err2 := ParseFigure(other, st)
	checkFigure(t, other, fig2, err2)
	if (err == nil) != (err2 == nil) {
		t.Fatalf("%q: %+v, %v; as %q: %+v, %v", text, fig, err, other, fig2, err2)
	}
	if err != nil {
		if p, p2 := err.(*FigureError).Problem.String(), err2.(*FigureError).Problem.String(); p != p2 {
			t.Fatalf("%q: %s; as %q: %s", text, p, other, p2)
		}
		return
	}
	if fig.Percent != fig2.Percent || fig.Amount != fig2.Amount || fig.Currency != fig2.Currency || fig.Rate != fig2.Rate || (fig.Note == nil) != (fig2.Note == nil) {
		t.Fatalf("%q: %+v; as %q: %+v", text, fig, other, fig2)
	}
}

// scanned fails unless a table reader's reading of text, Scan and then
// Figure in style, is ParseFigure's, but for the note: the same figure, or
// the same problem. A separator it reports as ambiguous has a note.
func scanned(t *testing.T, text string, st Style, fig Figure, err error) {
	t.Helper()
	rd, problem := Scan(text)
	got := noFigure
	if problem.None() {
		got, problem = rd.Figure(st)
	}
	if err != nil {
		if p := err.(*FigureError).Problem; problem.Msg().String() != p.String() || got != noFigure {
			t.Fatalf("%q: %s; scanned: %+v, %q", text, p, got, problem)
		}
		return
	}
	want := fig
	want.Note = nil
	if !problem.None() || got != want {
		t.Fatalf("%q: %+v; scanned: %+v, %q", text, fig, got, problem)
	}
	if sep := rd.Ambiguous(); sep != 0 && (sep != '.' && sep != ',' || fig.Note == nil) {
		t.Fatalf("%q: %+v; scanned, %q is ambiguous", text, fig, sep)
	}
}

// interleave puts sep between the characters of s.
func interleave(s, sep string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		b.WriteString(sep)
		i += size
	}
	return b.String()
}

// fullwidth types the ASCII of s as an East Asian input method does.
func fullwidth(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			b.WriteRune('\u3000')
		case c > ' ' && c < 0x7f:
			b.WriteRune(rune(c) - '!' + 0xFF01)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// closeRates reports whether two rates agree to within float64 rounding of a
// percentage written back.
func closeRates(a, b float64) bool {
	if a == b {
		return true
	}
	d := math.Abs(a - b)
	return d <= 1e-12*math.Max(math.Abs(a), math.Abs(b)) || d < 1e-300
}

// badVerbs reports whether fmt marked a message's arguments as missing or
// extra ("%!d(MISSING)", "%!(EXTRA …)"), where the text itself did not
// bring the marks.
func badVerbs(msg, text string) bool {
	return strings.Contains(msg, "%!") && !strings.Contains(text, "%!")
}
