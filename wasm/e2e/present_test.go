package e2e

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// presented is what presentation mode shows of itself: the class that gives
// the page its large type, and the element the browser shows full screen.
type presented struct {
	Class      bool   `json:"class"`
	Fullscreen string `json:"fullscreen"`
}

func presentation(ctx context.Context) (presented, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[presented](`({
		class: document.documentElement.classList.contains("presenting"),
		fullscreen: document.fullscreenElement ? document.fullscreenElement.tagName : "",
	})`))
}

// waitPresented waits until presentation mode is on (or off).
func waitPresented(t testing.TB, ctx context.Context, on bool) presented {
	t.Helper()
	var got presented
	waitFor(t, ctx, fmt.Sprintf("presentation mode %v", on), func() (bool, string) {
		var err error
		got, err = presentation(ctx)
		if err != nil {
			return false, err.Error()
		}
		if on {
			return got.Class && got.Fullscreen == "HTML", fmt.Sprintf("%+v", got)
		}
		return !got.Class && got.Fullscreen == "", fmt.Sprintf("%+v", got)
	})
	return got
}

// key presses one key, as the user does on a presenter's remote.
func key(t testing.TB, ctx context.Context, k string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(k)); err != nil {
		t.Fatalf("pressing %q: %v", k, err)
	}
}

func TestPresentationModeStepsThroughThePagesAndEscLeaves(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	log := recordConsole(ctx)
	open(t, ctx, srv.url(""))
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")

	press(t, ctx, "button", "Present")
	waitPresented(t, ctx, true)
	// The arrow keys step through the pages in the navigation's order, and
	// round from the last to the first.
	for _, step := range []struct{ key, heading string }{
		{kb.ArrowRight, "Your data"},
		{kb.ArrowRight, "What-if scenarios"},
		{kb.ArrowLeft, "Your data"},
		{kb.ArrowLeft, "NRR calculator"},
		{kb.ArrowLeft, "Benchmarks"},
		{kb.ArrowRight, "NRR calculator"},
	} {
		key(t, ctx, step.key)
		waitFind(t, ctx, "heading", step.heading)
		if got, err := presentation(ctx); err != nil || !got.Class || got.Fullscreen != "HTML" {
			t.Fatalf("after %s on %q: presenting %+v, %v", step.key, step.heading, got, err)
		}
	}
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || loc != srv.url("") {
		t.Errorf("the calculator's address while presenting is %q, want %q", loc, srv.url(""))
	}

	key(t, ctx, kb.Escape)
	waitPresented(t, ctx, false)
	// Out of presentation mode the arrow keys are the page's again.
	key(t, ctx, kb.ArrowRight)
	waitFind(t, ctx, "button", "Present")
	if _, err := find(ctx, "heading", "NRR calculator"); err != nil {
		t.Errorf("an arrow key moved the page after Esc: %v", err)
	}
	if p := log.problems(); len(p) > 0 {
		t.Errorf("console: %q", p)
	}
}

func TestPresentationModeShowsTheHeadlineOnAProjector(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1024, 768)); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, srv.url(""))
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")
	const fontSize = `function() { return parseFloat(getComputedStyle(this).fontSize); }`
	normal, err := callOn[float64](ctx, waitFind(t, ctx, "status", "Net revenue retention"), fontSize)
	if err != nil {
		t.Fatal(err)
	}
	press(t, ctx, "button", "Present")
	waitPresented(t, ctx, true)

	obj := waitFind(t, ctx, "status", "Net revenue retention")
	type box struct{ Left, Top, Right, Bottom, Width, Height, FontSize float64 }
	var b box
	waitFor(t, ctx, "the NRR inside a 1024×768 screen", func() (bool, string) {
		var err error
		b, err = callOn[box](ctx, obj, `function() {
			const r = this.getBoundingClientRect();
			return {left: r.left, top: r.top, right: r.right, bottom: r.bottom,
				width: innerWidth, height: innerHeight, fontSize: parseFloat(getComputedStyle(this).fontSize)};
		}`)
		if err != nil {
			return false, err.Error()
		}
		inside := b.Left >= 0 && b.Top >= 0 && b.Right <= b.Width && b.Bottom <= b.Height && b.Right > b.Left && b.Bottom > b.Top
		return inside, fmt.Sprintf("%+v", b)
	})
	if b.Width != 1024 || b.Height != 768 {
		t.Errorf("the screen is %v×%v, want 1024×768", b.Width, b.Height)
	}
	// Large type: readable from the back of a meeting room.
	if b.FontSize <= normal {
		t.Errorf("the NRR is written at %vpx while presenting and %vpx on the page, want it larger", b.FontSize, normal)
	}
	if text, _ := textOf(ctx, "status", "Net revenue retention"); text != "105.0%" {
		t.Errorf("the NRR shows %q, want 105.0%%", text)
	}
}
