package app

import (
	"encoding/json"
	"strconv"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/engine/api"
)

// blocks renders an engine page's blocks; level is the heading level of
// their cards, and path names the block they are in (see blockPath).
func (s *shell) blocks(bs []api.Block, level int, path string) []goapp.UI {
	out := make([]goapp.UI, 0, len(bs)+1)
	if goapp.IsServer && level == 2 && s.page != nil {
		// The page as rendered, for the shell in the browser to show
		// until the engine answers (see OnInit), without the blocks' HTML,
		// which the document shows.
		p := *s.page
		p.Blocks = withoutHTML(p.Blocks)
		if b, err := json.Marshal(p); err == nil {
			out = append(out, goapp.Raw(`<script type="application/json" id="nrrlab-page">`+string(b)+`</script>`))
		}
	}
	for i, b := range bs {
		if s.left <= 0 {
			s.cut = true
			break
		}
		out = append(out, s.block(b, level, blockPath(path, i, b)))
	}
	return out
}

// A long page is shown in steps, each in a task of its own, so that the page
// answers input between them: mounting and laying out a wide monthly sheet's
// page at once (thousands of elements, 37 column menus) blocked the page for
// 200 ms and more. A step is about stepWork units of work, in document order:
// an element go-app makes costs about 8 units, an element of the engine's
// HTML about 1 (the browser's parser makes it; about 50 bytes of HTML). The
// steps only add at the end of what is shown, which go-app does by
// appending.
const stepWork = 1500

// bootStepWork is a step's work while the first screen is mounted behind
// the pre-rendered page (see boot): there, each step's task also compiles
// the code it calls first, and nothing is seen until the last.
const bootStepWork = 400

// step is the work of the next step.
func (s *shell) step() int {
	if s.booting {
		return bootStepWork
	}
	return stepWork
}

// fieldWork is what rendering a field costs, in units of stepWork.
func fieldWork(f api.Field) int { return 8 * (4 + len(f.Options)) }

// htmlWork is what mounting a block's HTML costs.
func htmlWork(html string) int { return len(html) / 50 }

// blocksWork is what showing blocks costs, in units of stepWork.
func blocksWork(blocks []api.Block) int {
	n := 0
	for _, b := range blocks {
		n += 8 + htmlWork(b.HTML) + blocksWork(b.Blocks)
		for _, f := range b.Fields {
			n += fieldWork(f)
		}
	}
	return n
}

// showInSteps shows page in steps, each in a task of its own: the first once
// the task that received it (decoding the engine's answer takes a while)
// is over, and each next one after the browser has painted the one before,
// until a render leaves nothing out. Until the first, the page shown before
// stays, marked busy. A newer page, or a move to another page, ends the
// steps.
func (s *shell) showInSteps(ctx goapp.Context, page *api.Page) {
	s.steps++
	steps := s.steps
	s.pending = page
	browser.Later(func() {
		ctx.Dispatch(func(ctx goapp.Context) {
			if steps != s.steps {
				return
			}
			s.page, s.pending, s.work = page, nil, s.step()
			ctx.Defer(func(ctx goapp.Context) { s.stepped(ctx, steps) })
		})
	})
}

// stepped runs after the render of a step: it lets the next step in once
// the browser has painted this one, or ends the steps when nothing was
// left out.
func (s *shell) stepped(ctx goapp.Context, steps int) {
	if steps != s.steps || s.work == 0 {
		return
	}
	if !s.cut {
		s.work = 0
		return
	}
	browser.Later(func() {
		ctx.Dispatch(func(ctx goapp.Context) {
			if steps != s.steps || s.work == 0 {
				return
			}
			s.work += s.step()
			ctx.Defer(func(ctx goapp.Context) { s.stepped(ctx, steps) })
		})
	})
}

func (s *shell) block(b api.Block, level int, path string) goapp.UI {
	s.left -= 8 // the block's element
	var body []goapp.UI
	tag := "div"
	heading := "h" + strconv.Itoa(min(level, 4))
	switch {
	case b.Legend != "":
		tag = "fieldset"
		body = append(body, el("legend").ID(b.ID+"-legend").Text(b.Legend))
	case b.Heading != "":
		tag = "section"
		body = append(body, el(heading).ID(b.ID+"-title").Text(b.Heading))
	}
	if b.Lede != "" {
		body = append(body, el("p").Class("lede").Text(b.Lede))
	}
	for _, f := range b.Fields {
		if s.left <= 0 {
			s.cut = true
			break
		}
		s.left -= fieldWork(f)
		body = append(body, s.field(f))
	}
	if hasHTML(b) && s.left <= 0 {
		s.cut = true
	} else if hasHTML(b) {
		s.left -= htmlWork(b.HTML)
		body = append(body, s.html(b, path))
	}
	inner := level
	if b.Heading != "" {
		inner++
	}
	body = append(body, s.blocks(b.Blocks, inner, path)...)
	class := b.Class
	if b.Card {
		class = "card " + class
	}
	e := el(tag).Class(class)
	if b.ID != "" {
		e = e.ID(b.ID)
	}
	if b.Heading != "" {
		e = e.Aria("labelledby", b.ID+"-title")
	}
	if b.Scroll {
		id := b.ID
		e = e.Attr("tabindex", "0").OnScroll(func(ctx goapp.Context, ev goapp.Event) {
			s.send(ctx, &api.Event{Kind: api.EventScroll, Target: id, Value: strconv.Itoa(ctx.JSSrc().Get("scrollTop").Int())}, "")
		}, goapp.EventScope(id))
	}
	return e.Body(body...)
}

// field renders one field of an engine page by its kind.
func (s *shell) field(f api.Field) goapp.UI {
	switch f.Kind {
	case "select":
		options := make([]choice, len(f.Options))
		for i, o := range f.Options {
			options[i] = choice{o.Value, o.Label}
		}
		return selectField(f.ID, f.Group, f.Label, f.Value, options, s.set(f.ID))
	case "radio":
		options := make([]choice, len(f.Options))
		for i, o := range f.Options {
			options[i] = choice{o.Value, o.Label}
		}
		return radioGroup(f.ID, f.Label, f.Value, options, s.set(f.ID))
	case "check":
		return el("div").Class("field check").Body(
			void("input").Attr("type", "checkbox").Attr("disabled", beforeStart()).ID(f.ID).Attr("checked", f.Value == "on").Aria("describedby", f.ID+"-hint").
				OnChange(func(ctx goapp.Context, e goapp.Event) {
					v := ""
					if ctx.JSSrc().Get("checked").Bool() {
						v = "on"
					}
					s.set(f.ID)(ctx, v)
				}, goapp.EventScope(f.ID)),
			el("label").Attr("for", f.ID).Text(f.Label),
			el("p").Class("hint").ID(f.ID+"-hint").Text(f.Hint),
		)
	case "button":
		b := el("button").Attr("type", "button").Attr("disabled", beforeStart()).ID(f.ID).Class(f.Class).Text(f.Label).OnClick(func(ctx goapp.Context, e goapp.Event) {
			if f.Action == "print" {
				if err := browser.Print(); err != nil {
					s.message = err.Error()
				}
				return
			}
			s.send(ctx, &api.Event{Kind: api.EventClick, Target: f.Action}, "")
		}, goapp.EventScope(f.Action))
		if f.Name != "" {
			b = b.Aria("label", f.Name)
		}
		return b
	case "copy":
		text := f.Value
		return el("button").Attr("type", "button").Attr("disabled", beforeStart()).ID(f.ID).Class("secondary").Text(f.Label).OnClick(func(ctx goapp.Context, e goapp.Event) {
			if err := browser.Copy(text); err != nil {
				s.message = err.Error()
				return
			}
			s.message = s.printer().Text("Copied to the clipboard.")
		}, goapp.EventScope(f.ID+text))
	case "textarea":
		// A table comes in: at once on a paste, after a pause when typed.
		return el("div").Class("field").Body(
			el("label").Attr("for", f.ID).Text(f.Label),
			el("textarea").Attr("disabled", beforeStart()).ID(f.ID).Attr("rows", "8").Attr("spellcheck", "false").Attr("data-table", true).Aria("describedby", f.ID+"-hint").
				OnInput(func(ctx goapp.Context, e goapp.Event) {
					s.typed++
					s.pasted = false
					load := func(ctx goapp.Context) {
						s.send(ctx, &api.Event{Kind: api.EventLoad, Value: "paste"}, "text:"+f.ID)
					}
					if e.Get("inputType").String() == "insertFromPaste" {
						load(ctx)
						return
					}
					n := s.typed
					ctx.After(600*time.Millisecond, func(ctx goapp.Context) {
						if n == s.typed {
							load(ctx)
						}
					})
				}, goapp.EventScope(f.ID)),
			el("p").Class("hint").ID(f.ID+"-hint").Text(f.Hint),
			goapp.If(s.pasted, func() goapp.UI {
				return el("p").Class("hint").Text(s.printer().Text("A table this long is read without being written into this box, which would slow the page down; how it was read is shown below."))
			}),
		)
	case "file":
		accept := f.Accept
		if accept == "" {
			accept = ".csv,.tsv,.txt,.xlsx,text/csv,text/plain"
		}
		return el("div").Class("field file").Body(
			void("input").Attr("type", "file").Attr("disabled", beforeStart()).ID(f.ID).Class("visually-hidden").Attr("accept", accept).
				Aria("describedby", f.ID+"-hint").
				OnChange(func(ctx goapp.Context, e goapp.Event) {
					s.send(ctx, &api.Event{Kind: api.EventLoad, Value: "file"}, "input:"+f.ID)
				}, goapp.EventScope(f.ID)),
			el("label").Class("button").Attr("for", f.ID).Text(f.Label),
			el("p").Class("hint").ID(f.ID+"-hint").Text(f.Hint),
		)
	case "search":
		return el("div").Class("field").Body(
			el("label").Attr("for", f.ID).Text(f.Label),
			void("input").Attr("type", "search").Attr("disabled", beforeStart()).ID(f.ID).Attr("value", s.value(f)).Attr("autocomplete", "off").
				OnInput(func(ctx goapp.Context, e goapp.Event) { s.typeInto(f)(ctx, ctx.JSSrc().Get("value").String()) }, goapp.EventScope(f.ID)),
		)
	}
	return field{id: f.ID, label: f.Label, value: s.value(f), hint: f.Hint, problem: f.Problem, group: f.Group, onInput: s.typeInto(f)}.render()
}

// value is the value a text field shows. go-app sets an input's value when
// the one rendered changes, and reads what was typed only when it handles
// the input event, after any render queued before it: a page answering an
// earlier keystroke would overwrite the ones typed since. So the field being
// typed into keeps the value it had when typing began (the browser shows
// what is typed), and every other field shows what the working state holds,
// which is what was last typed there, whatever the engine has answered yet.
func (s *shell) value(f api.Field) string {
	if f.ID == s.typing {
		return s.typingFrom
	}
	if v, ok := s.model.Get(f.ID); ok {
		return v
	}
	return f.Value
}

// typeInto is set for a text field, which it marks as the one being typed.
func (s *shell) typeInto(f api.Field) func(goapp.Context, string) {
	set := s.set(f.ID)
	return func(ctx goapp.Context, v string) {
		if s.typing != f.ID {
			s.typingFrom = s.value(f)
			s.typing = f.ID
		}
		set(ctx, v)
	}
}

// replaceBlock puts b in place of the block with its ID, wherever it is.
func replaceBlock(blocks []api.Block, b api.Block) bool {
	for i := range blocks {
		if blocks[i].ID == b.ID {
			blocks[i] = b
			return true
		}
		if replaceBlock(blocks[i].Blocks, b) {
			return true
		}
	}
	return false
}
