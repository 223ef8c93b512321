package e2e

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The time from a keystroke to every figure and chart updated, measured in
// the page: from the keydown to the last change the app makes to the DOM
// for it. Run with ./build.sh bench (go test -bench); nothing asserts on it.

const latencyProbe = `(() => {
	window.nrrlabLatency = {t0: 0, last: 0};
	document.addEventListener("keydown", () => { nrrlabLatency.t0 = performance.now(); nrrlabLatency.last = 0; }, true);
	new MutationObserver(() => { if (nrrlabLatency.t0) nrrlabLatency.last = performance.now(); })
		.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
	return true;
})()`

// keystrokeLatency types one key into the focused field and returns how
// long the app took to finish updating the page for it: it waits until the
// DOM has been quiet for 100 ms after the last change.
func keystrokeLatency(b *testing.B, ctx context.Context, key string) time.Duration {
	b.Helper()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(key)); err != nil {
		b.Fatal(err)
	}
	ms, err := chromedp.Run(ctx, chromedp.Poll[float64](`nrrlabLatency.last > 0 && performance.now() - nrrlabLatency.last > 100 && nrrlabLatency.last - nrrlabLatency.t0`, chromedp.WithPollingTimeout(patience)))
	if err != nil {
		b.Fatalf("waiting for the page to settle: %v", err)
	}
	return time.Duration(ms * float64(time.Millisecond))
}

func measure(b *testing.B, ctx context.Context, field string, keys string) {
	b.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](latencyProbe)); err != nil {
		b.Fatal(err)
	}
	var samples []time.Duration
	i := 0
	for b.Loop() {
		if i%len(keys) == 0 {
			b.StopTimer()
			typeInto(b, ctx, field, "")
			b.StartTimer()
		}
		samples = append(samples, keystrokeLatency(b, ctx, keys[i%len(keys):i%len(keys)+1]))
		i++
	}
	slices.Sort(samples)
	b.ReportMetric(float64(samples[len(samples)/2])/1e6, "ms-median")
	b.ReportMetric(float64(samples[len(samples)-1])/1e6, "ms-max")
	b.Logf("%d keystrokes: median %v, max %v", len(samples), samples[len(samples)/2], samples[len(samples)-1])
}

func BenchmarkKeystrokeToUpdateCalculator(b *testing.B) {
	t := b
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")
	typeInto(t, ctx, "Expansion", "")
	measure(b, ctx, "Expansion", "2000000")
}

func BenchmarkKeystrokeToUpdateScenariosWithFive(b *testing.B) {
	t := b
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("scenarios"))
	for i := 0; i < 5; i++ {
		press(t, ctx, "button", "Add scenario")
		waitFind(t, ctx, "textbox", "Scenario "+string(rune('1'+i))+" Expansion")
	}
	typeInto(t, ctx, "Scenario 1 Expansion", "")
	measure(b, ctx, "Scenario 1 Expansion", "3000000")
}
