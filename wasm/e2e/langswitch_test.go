package e2e

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"nrrlab/calc/lang"
)

// The time from choosing another language in the header's switch to the
// page's heading shown in that language, measured in the page: from the
// click on the language's link to the change that writes the heading. Run
// with ./build.sh bench (go test -bench); nothing asserts on it. The issue's
// goal is under 50 ms.

// The probe also notes when the engine's answer reaches the page (reply),
// which splits the time between the engine, in its worker, and the page's
// own rendering before and after it.
const switchProbe = `(() => {
	window.nrrlabSwitch = {t0: 0, t1: 0, reply: 0, want: ""};
	document.addEventListener("click", e => {
		if (e.target.closest && e.target.closest("nav.languages a")) { nrrlabSwitch.t0 = performance.now(); nrrlabSwitch.t1 = 0; nrrlabSwitch.reply = 0; }
	}, true);
	const post = Worker.prototype.postMessage, heard = new WeakSet();
	Worker.prototype.postMessage = function(m) {
		if (!heard.has(this)) {
			heard.add(this);
			this.addEventListener("message", () => {
				if (nrrlabSwitch.t0 && !nrrlabSwitch.t1 && !nrrlabSwitch.reply) nrrlabSwitch.reply = performance.now();
			});
		}
		return post.apply(this, arguments);
	};
	new MutationObserver(() => {
		const h = document.querySelector("main h1");
		if (nrrlabSwitch.t0 && !nrrlabSwitch.t1 && h && h.textContent === nrrlabSwitch.want) nrrlabSwitch.t1 = performance.now();
	}).observe(document.body, {subtree: true, childList: true, characterData: true});
	return true;
})()`

// measureSwitch switches the page at route through the languages in turn
// and reports the median and longest time to its heading, a translation
// of heading.
func measureSwitch(b *testing.B, route string, heading lang.Key) {
	ctx := newBrowser(b)
	srv := newServer(b, siteDir)
	open(b, ctx, srv.url(route))
	waitText(b, ctx, "heading", string(heading), string(heading))
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](switchProbe)); err != nil {
		b.Fatal(err)
	}
	var samples, replies []time.Duration
	i := 0
	for b.Loop() {
		l := lang.All[(i+1)%len(lang.All)]
		want := lang.Printer{Lang: l}.Text(heading)
		b.StopTimer()
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[string]("nrrlabSwitch.want = "+strconv.Quote(want))); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		press(b, ctx, "link", l.Name())
		ms, err := chromedp.Run(ctx, chromedp.Poll[[]float64](`nrrlabSwitch.t1 > 0 && [nrrlabSwitch.t1 - nrrlabSwitch.t0, nrrlabSwitch.reply - nrrlabSwitch.t0]`, chromedp.WithPollingTimeout(patience)))
		if err != nil || len(ms) != 2 {
			b.Fatalf("waiting for the heading %q: %v", want, err)
		}
		samples = append(samples, time.Duration(ms[0]*float64(time.Millisecond)))
		replies = append(replies, time.Duration(ms[1]*float64(time.Millisecond)))
		i++
	}
	slices.Sort(samples)
	slices.Sort(replies)
	b.ReportMetric(float64(samples[len(samples)/2])/1e6, "ms-median")
	b.ReportMetric(float64(samples[len(samples)-1])/1e6, "ms-max")
	b.ReportMetric(float64(replies[len(replies)/2])/1e6, "ms-reply-median")
	b.Logf("%d switches: median %v, max %v; the engine's answer reached the page after %v (median)", len(samples), samples[len(samples)/2], samples[len(samples)-1], replies[len(replies)/2])
}

func BenchmarkLanguageSwitchCalculator(b *testing.B) {
	measureSwitch(b, "", "NRR calculator")
}

func BenchmarkLanguageSwitchBenchmarks(b *testing.B) {
	measureSwitch(b, "benchmarks", "Benchmarks")
}
