package data

import (
	"regexp"
	"testing"

	"nrrlab/app/engine/api"
)

// idAttr finds the ids the page's HTML gives its elements.
var idAttr = regexp.MustCompile(` id="([^"]+)"`)

// ids lists the element ids a block and the shell's rendering of it carry:
// the block's, its heading's and legend's, each field's and its label's
// and hint's, and those its HTML writes.
func ids(b api.Block, out []string) []string {
	if b.ID != "" {
		out = append(out, b.ID)
		if b.Heading != "" {
			out = append(out, b.ID+"-title")
		}
		if b.Legend != "" {
			out = append(out, b.ID+"-legend")
		}
	}
	for _, f := range b.Fields {
		out = append(out, f.ID)
		switch f.Kind {
		case "", "select":
			out = append(out, f.ID+"-label")
		}
		if f.Hint != "" {
			out = append(out, f.ID+"-hint")
		}
	}
	for _, m := range idAttr.FindAllStringSubmatch(b.HTML, -1) {
		out = append(out, m[1])
	}
	for _, c := range b.Blocks {
		out = ids(c, out)
	}
	return out
}

// No two elements of the data page share an id: a figure whose label's id
// is also a select's label's takes that select's name.
func TestEveryIDOfTheDataPageIsItsOwn(t *testing.T) {
	for _, path := range []string{"../../../web/sample-customers.csv", "../../../web/sample-mrr.csv"} {
		t.Run(path, func(t *testing.T) {
			e, m := load(t, path)
			seen := map[string]bool{}
			for _, b := range e.Blocks(m) {
				for _, id := range ids(b, nil) {
					if seen[id] {
						t.Errorf("id %q is on two elements", id)
					}
					seen[id] = true
				}
			}
		})
	}
}
