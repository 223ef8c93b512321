package app

import (
	"fmt"
	"hash/fnv"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/engine/api"
	"nrrlab/app/model"
)

// recorder is a browser that records what is shown and saved.
type recorder struct {
	noBrowser
	shown []string
	saves int
	fail  bool
}

func (r *recorder) ShowHTML(id, key, html string) bool {
	r.shown = append(r.shown, id+" "+key)
	return true
}

func (r *recorder) Save(k, v string) error {
	if r.fail {
		return fmt.Errorf("storage is full")
	}
	r.saves++
	return nil
}

func TestHTMLKeyIsFNV1a(t *testing.T) {
	for _, s := range []string{"", "a", "<p>1</p>", strings.Repeat("<td>Rp 1,2 miliar</td>", 500)} {
		h := fnv.New64a()
		h.Write([]byte(s))
		if got, want := htmlKey(s), strconv.FormatUint(h.Sum64(), 36); got != want {
			t.Errorf("htmlKey(%.20q) = %s, want %s", s, got, want)
		}
	}
	if htmlKey("<p>1</p>") == htmlKey("<p>2</p>") {
		t.Error("two HTMLs have one key")
	}
}

// page is a page with blocks with and without ids, nested, with HTML at
// several depths.
func page() []api.Block {
	return []api.Block{
		{ID: "a", HTML: "<p>a</p>", Blocks: []api.Block{
			{HTML: "<p>a.0</p>"},
			{Fields: []api.Field{{ID: "f", Label: "F"}}},
			{HTML: "<p>a.2</p>", Blocks: []api.Block{{HTML: "<p>a.2.0</p>"}}},
		}},
		{Heading: "No id", Blocks: []api.Block{{ID: "b", HTML: "<p>b</p>"}, {HTML: "<p>.1.1</p>"}}},
		{HTML: "<p>.2</p>"},
	}
}

func TestWithoutHTMLKeepsTheKeysAndLeavesThePageAsItWas(t *testing.T) {
	blocks := page()
	out := withoutHTML(blocks)
	var walk func(in, out []api.Block)
	walk = func(in, out []api.Block) {
		for i := range in {
			if in[i].Shown != "" {
				t.Errorf("the page was changed: %+v", in[i])
			}
			if out[i].HTML != "" || out[i].Shown != htmlKey(in[i].HTML) && in[i].HTML != "" {
				t.Errorf("%q: copied as %+v", in[i].HTML, out[i])
			}
			walk(in[i].Blocks, out[i].Blocks)
		}
	}
	walk(blocks, out)
}

// The element that shows a block's HTML has one id whether the page is
// rendered (here pre-rendered, as the generator does) or its HTML written as
// the engine's answer comes: blocks without an id are named by their place
// from the nearest block with one.
func TestABlocksHTMLHasOneElementWhetherRenderedOrShown(t *testing.T) {
	r := &recorder{}
	old := browser
	SetBrowser(r)
	defer SetBrowser(old)

	s := &shell{left: math.MaxInt}
	var rendered strings.Builder
	for _, ui := range s.blocks(page(), 2, "") {
		rendered.WriteString(goapp.HTMLString(ui))
	}
	var fromRender []string
	for _, m := range regexp.MustCompile(`<nrrlab-html class="html" id="([^"]+)" data-shown="([^"]+)">`).FindAllStringSubmatch(rendered.String(), -1) {
		fromRender = append(fromRender, m[1]+" "+m[2])
	}
	blocks := page()
	keyBlocks(blocks)
	showBlocksHTML(blocks, "")
	want := []string{"a", "a.0", "a.2", "a.2.0", "b", ".1.1", ".2"}
	if len(fromRender) != len(want) || strings.Join(fromRender, "\n") != strings.Join(r.shown, "\n") {
		t.Fatalf("rendered:\n%s\nshown:\n%s", strings.Join(fromRender, "\n"), strings.Join(r.shown, "\n"))
	}
	for i, id := range want {
		if !strings.HasPrefix(fromRender[i], holderID(id)+" ") {
			t.Errorf("element %d is %q, want the id %q", i, fromRender[i], holderID(id))
		}
	}
}

// The working state is written once for one text: the engine's answer to a
// keystroke carries the model the keystroke saved.
func TestTheWorkingStateIsNotWrittenTwiceForOneText(t *testing.T) {
	r := &recorder{}
	old, oldWork := browser, work
	SetBrowser(r)
	defer func() { SetBrowser(old); work = oldWork }()

	m := model.Sample()
	saveModel(m)
	saveModel(m)
	if r.saves != 1 {
		t.Errorf("one text saved %d times, want once", r.saves)
	}
	m.Set("start", "2000000")
	saveModel(m)
	if r.saves != 2 {
		t.Errorf("a changed model: %d saves, want 2", r.saves)
	}
	// A text the browser refused is tried again.
	r.fail = true
	m.Set("start", "3000000")
	saveModel(m)
	r.fail = false
	saveModel(m)
	if r.saves != 3 {
		t.Errorf("after a refusal: %d saves, want 3", r.saves)
	}
}
