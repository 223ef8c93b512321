package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/engine/api"
	"nrrlab/app/markup/escape"
)

// The engine's blocks carry HTML, which the shell shows in elements of
// their own, <nrrlab-html class="html">, that display: contents keeps out
// of the layout. Their tag is theirs alone, so that go-app, which keeps an
// element in place for a new one of the same tag, never turns one into a
// field or a block: what the shell wrote into it would stay there.
//
// Pre-rendered, the HTML is written in the document. In the browser the
// element is go-app's and empty, and the shell writes the HTML into it
// itself: as soon as the engine's answer comes (see receive), where go-app
// would show it only at its next frame, up to 8 ms later; and after each
// render, for elements that are new. The element's data-shown attribute is
// the key of the HTML it shows, so that HTML already shown is not parsed
// again; as the app takes over the pre-rendered page, the document's HTML
// is moved into go-app's elements, not parsed again.
const htmlTag = "nrrlab-html"

// html renders the element that shows a block's HTML; path names the block
// (see blockPath).
func (s *shell) html(b api.Block, path string) goapp.UI {
	id, key := holderID(path), b.Shown
	if key == "" {
		key = htmlKey(b.HTML)
	}
	if goapp.IsServer {
		return goapp.Raw(`<` + htmlTag + ` class="html" id="` + escape.HTML(id) + `" data-shown="` + key + `">` + b.HTML + `</` + htmlTag + `>`)
	}
	s.htmls = append(s.htmls, shownHTML{id, key, b.HTML})
	return el(htmlTag).Class("html").ID(id)
}

// shownHTML is a block's HTML (empty when the document shows it), its key
// and the id of the element that shows it.
type shownHTML struct{ id, key, html string }

// hasHTML reports whether a block shows HTML.
func hasHTML(b api.Block) bool { return b.HTML != "" || b.Shown != "" }

// htmlKey tells one block's HTML from another: its 64-bit FNV-1a hash.
func htmlKey(html string) string {
	h := uint64(14695981039346656037)
	for i := 0; i < len(html); i++ {
		h = (h ^ uint64(html[i])) * 1099511628211
	}
	return strconv.FormatUint(h, 36)
}

// keyBlocks gives the blocks that carry HTML its key, once for the renders
// that show them.
func keyBlocks(blocks []api.Block) {
	for i := range blocks {
		if b := &blocks[i]; b.HTML != "" {
			b.Shown = htmlKey(b.HTML)
		}
		keyBlocks(blocks[i].Blocks)
	}
}

// withoutHTML copies blocks with their HTML replaced by its key.
func withoutHTML(blocks []api.Block) []api.Block {
	out := make([]api.Block, len(blocks))
	for i, b := range blocks {
		if b.HTML != "" {
			b.Shown, b.HTML = htmlKey(b.HTML), ""
		}
		b.Blocks = withoutHTML(b.Blocks)
		out[i] = b
	}
	return out
}

// blockPath names the i-th block of those in the block named parent: by
// its id, or by its place from the nearest block with one, which is how
// go-app keeps elements in place from one render to the next.
func blockPath(parent string, i int, b api.Block) string {
	if b.ID != "" {
		return b.ID
	}
	return parent + "." + strconv.Itoa(i)
}

// holderID is the id of the element that shows the HTML of the block at
// path.
func holderID(path string) string { return "nrrlab-html-" + path }

// showHTML writes the HTML of the blocks rendered last into their elements
// where it is not there yet.
func (s *shell) showHTML() {
	for _, h := range s.htmls {
		browser.ShowHTML(h.id, h.key, h.html)
	}
}

// showBlocksHTML writes the HTML of blocks, those of the block named
// parent, into the elements that show them now, in the task that received
// them: blocks that are new get theirs after the render.
func showBlocksHTML(blocks []api.Block, parent string) {
	for i, b := range blocks {
		path := blockPath(parent, i, b)
		if b.HTML != "" {
			browser.ShowHTML(holderID(path), b.Shown, b.HTML)
		}
		showBlocksHTML(b.Blocks, path)
	}
}
