package markup

import (
	"math"
	"strings"

	"nrrlab/calc/lang"
)

// Movements draws a month's gains stacked above the axis (new, expansion,
// reactivation) and its losses below it (contraction, churn), with the net
// change as a line: the shape of a monthly MRR history at a glance. Each of
// gains and losses holds one series per kind, one value per month; names
// name them, gains first, then losses, then the net line.
func Movements(p lang.Printer, label string, months []string, gains, losses [][]float64, names []string, yFormat func(float64) string) string {
	n := len(months)
	hi, lo := 0.0, 0.0
	net := make([]float64, n)
	for m := 0; m < n; m++ {
		up, down := 0.0, 0.0
		for _, g := range gains {
			up += g[m]
		}
		for _, l := range losses {
			down += l[m]
		}
		hi, lo = math.Max(hi, up), math.Min(lo, -down)
		net[m] = up - down
	}
	ticks := NiceScale(lo, hi, 6)
	lo, hi = ticks[0], ticks[len(ticks)-1]
	series := len(gains) + len(losses) + 1
	legendH := 22.0 * float64((series+1)/2)
	height := chartH + legendH
	plotW := chartW - chartLeft - chartRight
	plotH := chartH - chartTop - chartBottom
	y := func(v float64) float64 { return chartTop + plotH*(1-(v-lo)/(hi-lo)) }
	slot := plotW / float64(max(n, 1))
	x := func(m int) float64 { return chartLeft + slot*float64(m) + slot/2 }

	var b strings.Builder
	svgOpen(&b, label, height)
	b.WriteString(`<g class="grid">`)
	for _, t := range ticks {
		b.WriteString(`<line x1="` + num(chartLeft) + `" x2="` + num(chartW-chartRight) + `" y1="` + num(y(t)) + `" y2="` + num(y(t)) + `"/>`)
		svgText(&b, chartLeft-8, y(t)+4, "end", "tick", yFormat(t))
	}
	b.WriteString(`</g>`)
	step := max(1, (n+11)/12)
	for m, l := range months {
		if m%step == 0 || m == n-1 {
			svgText(&b, x(m), chartH-chartBottom+20, "middle", "tick", l)
		}
	}
	w := math.Max(slot*0.7, 1)
	stack := func(sets [][]float64, sign float64, colours []string) {
		for m := 0; m < n; m++ {
			base := 0.0
			for k, s := range sets {
				v := s[m]
				if v <= 0 {
					continue
				}
				top, bottom := base+sign*v, base
				if sign < 0 {
					top, bottom = base, base-v
				}
				b.WriteString(`<rect x="` + num(x(m)-w/2) + `" y="` + num(y(top)) + `" width="` + num(w) + `" height="` + num(math.Max(y(bottom)-y(top), 0.5)) +
					`" fill="` + colours[k%len(colours)] + `"/>`)
				base += sign * v
			}
		}
	}
	gainColours := []string{"#15803d", "#1d4ed8", "#0f766e"}
	lossColours := []string{"#b45309", "#be123c"}
	stack(gains, 1, gainColours)
	stack(losses, -1, lossColours)
	b.WriteString(`<line class="axis" x1="` + num(chartLeft) + `" x2="` + num(chartW-chartRight) + `" y1="` + num(y(0)) + `" y2="` + num(y(0)) + `" stroke="#1b2330"/>`)
	b.WriteString(`<polyline fill="none" stroke="#1b2330" stroke-width="2.5" stroke-dasharray="6 3" points="`)
	for m, v := range net {
		b.WriteString(num(x(m)) + "," + num(y(v)) + " ")
	}
	b.WriteString(`"/>`)
	colours := append(append(append([]string{}, gainColours[:len(gains)]...), lossColours[:len(losses)]...), "#1b2330")
	for k, name := range names {
		if k >= len(colours) {
			break
		}
		lx := chartLeft + float64(k%2)*plotW/2
		ly := chartH + 22*float64(k/2) - 6
		if k == len(colours)-1 {
			b.WriteString(`<line x1="` + num(lx) + `" x2="` + num(lx+28) + `" y1="` + num(ly-4) + `" y2="` + num(ly-4) + `" stroke="#1b2330" stroke-width="2.5" stroke-dasharray="6 3"/>`)
		} else {
			b.WriteString(`<rect x="` + num(lx) + `" y="` + num(ly-12) + `" width="28" height="12" fill="` + colours[k] + `"/>`)
		}
		svgText(&b, lx+34, ly, "start", "legend", name)
	}
	svgClose(&b, p, label)
	return b.String()
}
