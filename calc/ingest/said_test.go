package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"nrrlab/calc/lang"
)

// checkSaid fails unless every error and notice of a report, and err, write
// themselves in each language as a sentence: not empty, valid UTF-8, with as
// many arguments as the sentence has verbs (fmt writes "%!d(MISSING)" or
// "%!(EXTRA …)" otherwise), and short however long the text they quote.
func checkSaid(t *testing.T, rep *Report, err error) {
	t.Helper()
	for _, l := range lang.All {
		p := lang.Printer{Lang: l}
		var said []string
		if err != nil {
			said = append(said, p.Error(err))
		}
		if rep != nil {
			for _, e := range rep.Errors {
				said = append(said, p.Error(e), p.Msg(e.Address()), p.Sentences(e.Details()...))
			}
			said = append(said, rep.NoticesIn(p)...)
		}
		for _, s := range said {
			if s == "" || !utf8.ValidString(s) || strings.Contains(s, "(MISSING)") || strings.Contains(s, "%!(EXTRA") || len(s) > 2000 {
				t.Fatalf("in %s: %q", l.Name(), s)
			}
		}
	}
}

// english writes messages in English.
func english(ms []lang.Msg) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.String()
	}
	return out
}
