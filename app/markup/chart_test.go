package markup

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"nrrlab/calc/lang"
)

// plain writes a tick as a plain number.
func plain(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

func TestNiceScaleCoversTheRange(t *testing.T) {
	for _, c := range []struct {
		scenario string
		lo, hi   float64
	}{
		{"money from zero", 0, 12_762_815},
		{"rates", 1.05, 1.2},
		{"flat", 5, 5},
		{"negative", -3, 7},
		{"tiny", 0, 0.004},
	} {
		ticks := NiceScale(c.lo, c.hi, 5)
		if ticks[0] > c.lo || ticks[len(ticks)-1] < c.hi {
			t.Errorf("%s: ticks %v do not cover [%v, %v]", c.scenario, ticks, c.lo, c.hi)
		}
		if len(ticks) < 2 || len(ticks) > 21 {
			t.Errorf("%s: %d ticks", c.scenario, len(ticks))
		}
	}
}

func TestChartsCarryTheirSummaryAndNoBadNumbers(t *testing.T) {
	svgs := map[string]string{
		"line": LineChart(lang.Printer{}, `Projection: "A" & <B>`, []string{"Today", "Year 1"},
			[]Line{{Name: "Base", Values: []float64{1e6, 1.2e6}}, {Name: "Ref", Values: []float64{1e6, math.NaN()}, Reference: true}},
			plain, true),
		"waterfall":    Waterfall(lang.Printer{}, "Bridge", []Bar{{Label: "Start", Value: 10, Total: true}, {Label: "Churn", Value: -3}, {Label: "End", Value: 7, Total: true}}, plain),
		"single point": LineChart(lang.Printer{}, "One", []string{"Today"}, []Line{{Name: "x", Values: []float64{0}}}, plain, false),
	}
	for name, svg := range svgs {
		if !strings.HasPrefix(svg, `<div class="chart-wrap"><svg`) || !strings.Contains(svg, "</svg>") || !strings.HasSuffix(svg, "</div>") || !strings.Contains(svg, `role="img"`) {
			t.Errorf("%s: not a whole accessible svg: %.80s", name, svg)
		}
		for _, bad := range []string{"NaN", "Inf", "<B>"} {
			if strings.Contains(svg, bad) {
				t.Errorf("%s: contains %q", name, bad)
			}
		}
	}
	if !strings.Contains(svgs["line"], `aria-label="Projection: &#34;A&#34; &amp; &lt;B&gt;"`) {
		t.Errorf("summary not escaped into the accessible name: %.200s", svgs["line"])
	}
}

func TestEscapeMakesTextSafeInMarkup(t *testing.T) {
	for in, want := range map[string]string{
		"":                            "",
		"PT Maju Jaya":                "PT Maju Jaya",
		`<script>alert("x")</script>`: "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;",
		"Smith & Sons' \"Co\"":        "Smith &amp; Sons&#39; &#34;Co&#34;",
		"é&":                          "é&amp;",
	} {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}
