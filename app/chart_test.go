package app

import (
	"math"
	"strings"
	"testing"
)

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
		ticks := niceScale(c.lo, c.hi, 5)
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
		"line": lineChart(`Projection: "A" & <B>`, []string{"Today", "Year 1"},
			[]line{{name: "Base", values: []float64{1e6, 1.2e6}}, {name: "Ref", values: []float64{1e6, math.NaN()}, reference: true}},
			func(v float64) string { return compact(v, false) }, true),
		"waterfall":    waterfall("Bridge", []bar{{label: "Start", value: 10, total: true}, {label: "Churn", value: -3}, {label: "End", value: 7, total: true}}),
		"single point": lineChart("One", []string{"Today"}, []line{{name: "x", values: []float64{0}}}, percent, false),
	}
	for name, svg := range svgs {
		if !strings.HasPrefix(svg, `<div class="chart-wrap"><svg`) || !strings.HasSuffix(svg, "</svg></div>") || !strings.Contains(svg, `role="img"`) {
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
		if got := escape(in); got != want {
			t.Errorf("escape(%q) = %q, want %q", in, got, want)
		}
	}
}
