package ingest

import (
	"strings"
	"testing"
)

func FuzzParseFigure(f *testing.F) {
	for _, s := range []string{"$1.2M", "1.200.000,50", "Rp 1,2 M", "(1,234)", "105%", "−250K", "1'234.5", "1\u00a0234", "", "abc", "--5", "99999999999999999999"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, text string, style uint8) {
		fig, err := ParseFigure(text, Style(style%3))
		if err != nil {
			if !strings.Contains(err.Error(), "expected") {
				t.Fatalf("%q: error without what was expected: %v", text, err)
			}
			return
		}
		if fig.Percent && fig.Amount != 0 {
			t.Fatalf("%q: both a rate and an amount: %+v", text, fig)
		}
	})
}
