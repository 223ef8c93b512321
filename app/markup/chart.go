package markup

import (
	"hash/fnv"
	"math"
	"strconv"
	"strings"

	"nrrlab/calc/benchmark"
	"nrrlab/calc/lang"
)

// Charts are SVG written from Go and inserted whole: one DOM replacement per
// update, nothing fetched, no script. Each has role="img" and an accessible
// name that summarises it; the numbers are also in a table beside it.

// palette is the line and bar colours, each at least 4.5:1 on white. Lines
// are also told apart by their markers and dashes, and named in the legend.
var palette = []string{"#0f4c5c", "#b45309", "#6d28d9", "#be123c", "#15803d", "#1d4ed8", "#4a5568"}

// dashes tell lines apart without colour.
var dashes = []string{"", "8 4", "2 4", "12 4 2 4", "4 4", "1 3", "10 6"}

const (
	chartW      = 720.0
	chartH      = 360.0
	chartLeft   = 78.0
	chartRight  = 24.0
	chartTop    = 20.0
	chartBottom = 44.0
)

// svgOpen starts a chart with its accessible name. Its id is made from the
// name, so that it is the same from one render to the next while the chart
// does not change.
func svgOpen(b *strings.Builder, label string, height float64) {
	b.WriteString(`<div class="chart-wrap"><svg class="chart" id="` + chartID(label) + `" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 `)
	b.WriteString(num(chartW))
	b.WriteByte(' ')
	b.WriteString(num(height))
	b.WriteString(`" aria-label="`)
	b.WriteString(Escape(label))
	b.WriteString(`">`)
}

// chartID is a chart's element id, from its accessible name.
func chartID(label string) string {
	h := fnv.New32a()
	h.Write([]byte(label))
	return "chart-" + strconv.FormatUint(uint64(h.Sum32()), 36)
}

// svgClose ends a chart with its export buttons: SVG and PNG files, named by
// the chart.
func svgClose(b *strings.Builder, p lang.Printer, label string) {
	id := chartID(label)
	b.WriteString(`</svg><p class="tools no-print">` + tool(p, "export:svg:"+id, p.Text("Download SVG"), p.Text("Download the chart as SVG: %s", label)) +
		tool(p, "export:png:"+id, p.Text("Download PNG"), p.Text("Download the chart as PNG: %s", label)) + `</p></div>`)
}

// tool writes a small button whose action the page handles itself.
func tool(p lang.Printer, action, text, name string) string {
	return `<button type="button" class="tool" data-action="` + Escape(action) + `" aria-label="` + Escape(name) + `">` + Escape(text) + `</button>`
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// num writes a coordinate with at most one decimal.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

func svgText(b *strings.Builder, x, y float64, anchor, class, s string) {
	b.WriteString(`<text x="` + num(x) + `" y="` + num(y) + `" text-anchor="` + anchor + `"`)
	if class != "" {
		b.WriteString(` class="` + class + `"`)
	}
	b.WriteString(`>` + Escape(s) + `</text>`)
}

// NiceScale returns about n round tick values covering [lo, hi].
func NiceScale(lo, hi float64, n int) []float64 {
	if hi <= lo {
		hi = lo + 1
	}
	raw := (hi - lo) / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	var ticks []float64
	for v := math.Floor(lo/step) * step; v <= hi+step*1e-9; v += step {
		ticks = append(ticks, v)
		if len(ticks) > 4*n {
			break
		}
	}
	if ticks[len(ticks)-1] < hi {
		ticks = append(ticks, ticks[len(ticks)-1]+step)
	}
	return ticks
}

// Line is one series of a line chart.
type Line struct {
	Name   string
	Values []float64
	// Reference lines are drawn thin and grey, such as the world-class one.
	Reference bool
}

// LineChart draws series over the x labels. Amounts are drawn from zero, so
// that a line's height is its size; rates (fromZero false) span their range.
func LineChart(p lang.Printer, label string, xLabels []string, lines []Line, yFormat func(float64) string, fromZero bool) string {
	lo, hi := math.Inf(1), math.Inf(-1)
	if fromZero {
		lo, hi = 0, 0
	}
	for _, l := range lines {
		for _, v := range l.Values {
			if finite(v) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	if math.IsInf(lo, 0) {
		lo, hi = 0, 1
	}
	ticks := NiceScale(lo, hi, 5)
	lo, hi = ticks[0], ticks[len(ticks)-1]
	legendH := 22.0 * float64((len(lines)+1)/2)
	height := chartH + legendH
	plotW := chartW - chartLeft - chartRight
	plotH := chartH - chartTop - chartBottom
	x := func(i int) float64 {
		if len(xLabels) < 2 {
			return chartLeft + plotW/2
		}
		return chartLeft + plotW*float64(i)/float64(len(xLabels)-1)
	}
	y := func(v float64) float64 { return chartTop + plotH*(1-(v-lo)/(hi-lo)) }

	var b strings.Builder
	svgOpen(&b, label, height)
	b.WriteString(`<g class="grid">`)
	for _, t := range ticks {
		b.WriteString(`<line x1="` + num(chartLeft) + `" x2="` + num(chartW-chartRight) + `" y1="` + num(y(t)) + `" y2="` + num(y(t)) + `"/>`)
		svgText(&b, chartLeft-8, y(t)+4, "end", "tick", yFormat(t))
	}
	b.WriteString(`</g>`)
	step := max(1, (len(xLabels)+11)/12)
	for i, l := range xLabels {
		if i%step == 0 || i == len(xLabels)-1 {
			svgText(&b, x(i), chartH-chartBottom+20, "middle", "tick", l)
		}
	}
	for k, l := range lines {
		colour, dash, width := palette[k%len(palette)], dashes[k%len(dashes)], "3"
		if l.Reference {
			colour, dash, width = "#6b7280", "6 5", "2"
		}
		b.WriteString(`<polyline fill="none" stroke="` + colour + `" stroke-width="` + width + `"`)
		if dash != "" {
			b.WriteString(` stroke-dasharray="` + dash + `"`)
		}
		b.WriteString(` points="`)
		for i, v := range l.Values {
			if finite(v) {
				b.WriteString(num(x(i)) + "," + num(y(v)) + " ")
			}
		}
		b.WriteString(`"/>`)
		if !l.Reference {
			for i, v := range l.Values {
				if finite(v) {
					b.WriteString(`<circle r="3.5" fill="` + colour + `" cx="` + num(x(i)) + `" cy="` + num(y(v)) + `"/>`)
				}
			}
		}
		// The legend: two entries a row under the plot.
		lx := chartLeft + float64(k%2)*plotW/2
		ly := chartH + 22*float64(k/2) - 6
		b.WriteString(`<line x1="` + num(lx) + `" x2="` + num(lx+28) + `" y1="` + num(ly-4) + `" y2="` + num(ly-4) + `" stroke="` + colour + `" stroke-width="` + width + `"`)
		if dash != "" {
			b.WriteString(` stroke-dasharray="` + dash + `"`)
		}
		b.WriteString(`/>`)
		svgText(&b, lx+34, ly, "start", "legend", l.Name)
	}
	svgClose(&b, p, label)
	return b.String()
}

// Bar is one step of a waterfall: a total drawn from zero, or a change
// drawn from the running total.
type Bar struct {
	Label string
	Value float64 // the total, or the signed change
	Total bool
	Text  string // the value as shown above the bar
}

// Waterfall draws a bridge: totals from zero, changes floating from the
// running total, rises and falls told apart by colour and by their sign.
func Waterfall(p lang.Printer, label string, bars []Bar, yFormat func(float64) string) string {
	running, hi := 0.0, 0.0
	tops := make([][2]float64, len(bars))
	for i, br := range bars {
		if br.Total {
			running = br.Value
			tops[i] = [2]float64{0, br.Value}
		} else {
			tops[i] = [2]float64{running, running + br.Value}
			running += br.Value
		}
		hi = math.Max(hi, math.Max(tops[i][0], tops[i][1]))
	}
	ticks := NiceScale(0, hi, 5)
	hi = ticks[len(ticks)-1]
	plotW := chartW - chartLeft - chartRight
	plotH := chartH - chartTop - chartBottom
	y := func(v float64) float64 { return chartTop + plotH*(1-v/hi) }
	slot := plotW / float64(len(bars))

	var b strings.Builder
	svgOpen(&b, label, chartH)
	b.WriteString(`<g class="grid">`)
	for _, t := range ticks {
		b.WriteString(`<line x1="` + num(chartLeft) + `" x2="` + num(chartW-chartRight) + `" y1="` + num(y(t)) + `" y2="` + num(y(t)) + `"/>`)
		svgText(&b, chartLeft-8, y(t)+4, "end", "tick", yFormat(t))
	}
	b.WriteString(`</g>`)
	for i, br := range bars {
		colour := palette[0]
		switch {
		case !br.Total && br.Value >= 0:
			colour = "#15803d"
		case !br.Total:
			colour = "#be123c"
		}
		top, bottom := math.Max(tops[i][0], tops[i][1]), math.Min(tops[i][0], tops[i][1])
		x := chartLeft + slot*float64(i) + slot*0.18
		h := math.Max(y(bottom)-y(top), 1)
		b.WriteString(`<rect x="` + num(x) + `" y="` + num(y(top)) + `" width="` + num(slot*0.64) + `" height="` + num(h) + `" fill="` + colour + `"/>`)
		svgText(&b, x+slot*0.32, y(top)-6, "middle", "value", br.Text)
		svgText(&b, x+slot*0.32, chartH-chartBottom+20, "middle", "tick", br.Label)
	}
	svgClose(&b, p, label)
	return b.String()
}

// verdictFill is the gauge colour of each verdict, darkest text-safe shades.
var verdictFill = map[benchmark.Verdict]string{
	benchmark.Green:  "#15803d",
	benchmark.Yellow: "#a16207",
	benchmark.Red:    "#b91c1c",
}

// Gauge draws a set's bands as a bar, with a marker at the figure's place.
// Band names (names[i] for band i, in the page's language) are written under
// the bar where they fit; the page lists them too, so narrow bands stay
// readable.
func Gauge(pr lang.Printer, label string, p benchmark.Placement, valueText string, names []string) string {
	const h = 96.0
	left, right := 16.0, chartW-16
	w := right - left
	top, barH := 34.0, 22.0
	var b strings.Builder
	svgOpen(&b, label, h)
	s := p.Set
	for i, band := range s.Bands {
		from := 0.0
		if i > 0 {
			from = s.Position(band.From)
		}
		to := 1.0
		if i+1 < len(s.Bands) {
			to = s.Position(s.Bands[i+1].From)
		}
		if to <= from {
			continue
		}
		x0, x1 := left+w*from, left+w*to
		opacity := "0.35"
		if i == p.Band {
			opacity = "1"
		}
		b.WriteString(`<rect x="` + num(x0) + `" y="` + num(top) + `" width="` + num(x1-x0) + `" height="` + num(barH) +
			`" fill="` + verdictFill[band.Verdict] + `" fill-opacity="` + opacity + `" stroke="#fff" stroke-width="2"/>`)
		if x1-x0 > 90 {
			svgText(&b, (x0+x1)/2, top+barH+18, "middle", "tick", names[i])
		}
	}
	x := left + w*p.Position
	b.WriteString(`<path d="M` + num(x-8) + ` ` + num(top-12) + ` L` + num(x+8) + ` ` + num(top-12) + ` L` + num(x) + ` ` + num(top-1) +
		` Z" fill="#1b2330"/><line x1="` + num(x) + `" x2="` + num(x) + `" y1="` + num(top) + `" y2="` + num(top+barH) + `" stroke="#1b2330" stroke-width="3"/>`)
	anchor := "middle"
	if p.Position < 0.1 {
		anchor = "start"
	} else if p.Position > 0.9 {
		anchor = "end"
	}
	svgText(&b, x, top-16, anchor, "value", valueText)
	svgClose(&b, pr, label)
	return b.String()
}
