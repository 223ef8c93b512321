package engine

import (
	"slices"
	"strings"
	"time"

	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// SavedModel is a model the user saved under a name, with when it last
// changed and its NRR, for the list.
type SavedModel struct {
	Name    string
	Changed time.Time
	NRR     float64
	Model   model.Model
}

// Store keeps the saved models: in the browser's IndexedDB in the worker,
// in memory natively.
type Store interface {
	// Models returns every saved model.
	Models() ([]SavedModel, error)
	// Put saves a model under its name, replacing one of the same name.
	Put(SavedModel) error
	// Delete forgets the model of that name.
	Delete(name string) error
}

// MemoryStore keeps models in memory: for the page generator and tests,
// and when the browser refuses storage.
type MemoryStore map[string]SavedModel

func (s MemoryStore) Models() ([]SavedModel, error) {
	out := make([]SavedModel, 0, len(s))
	for _, m := range s {
		out = append(out, m)
	}
	return out, nil
}

func (s MemoryStore) Put(m SavedModel) error { s[m.Name] = m; return nil }

func (s MemoryStore) Delete(name string) error { delete(s, name); return nil }

// Field IDs of the models page.
const (
	fieldSaveAs = "model-name"
	fieldRename = "model-rename"
)

// models is the page of the user's saved models: save the working state
// under a name, open, rename, duplicate and delete (with an undo), copy a
// share link, and download or open a model as a file.
func (e *Engine) models(g *page, r api.Request, in *Input) api.Reply {
	m, p := g.m, g.p
	reply := api.Reply{ID: r.ID, Done: true}
	ev := r.Event
	if ev == nil {
		ev = &api.Event{}
	}
	now := time.Now()
	if d, err := time.Parse("2006-01-02", r.Today); err == nil {
		now = d
	}
	var notice, problem string
	list, err := e.store.Models()
	if err != nil {
		problem = p.Text("Your saved models could not be read (%s).", p.Error(err))
	}
	find := func(name string) (SavedModel, bool) {
		i := slices.IndexFunc(list, func(s SavedModel) bool { return s.Name == name })
		if i < 0 {
			return SavedModel{}, false
		}
		return list[i], true
	}
	put := func(name string, md model.Model) bool {
		md.Opened = name
		if err := e.store.Put(SavedModel{Name: name, Changed: now, NRR: nrrOf(md), Model: md}); err != nil {
			problem = p.Text("The model could not be saved (%s).", p.Error(err))
			return false
		}
		return true
	}
	action, arg, _ := strings.Cut(ev.Target, ":")
	switch {
	case in != nil:
		md, err := model.Decode(in.Data)
		if err != nil {
			problem = p.Text("%s could not be opened: %s.", lang.Quote(in.Name), p.Error(err))
			break
		}
		name := strings.TrimSuffix(in.Name, ".json")
		if put(name, md) {
			notice = p.Text("%s is in your models: open it from the list.", lang.Quote(name))
		}
	case ev.Kind != api.EventClick:
	case action == "save":
		name := strings.TrimSpace(m.Texts[fieldSaveAs])
		if name == "" {
			problem = p.Text("Type a name for the model first.")
			break
		}
		if put(name, *m) {
			m.Opened = name
			delete(m.Texts, fieldSaveAs)
			reply.Model = m
			notice = p.Text("Saved as %s.", lang.Quote(name))
		}
	case action == "open", action == "open-anyway":
		s, ok := find(arg)
		if !ok {
			break
		}
		if action == "open" && e.unsaved(*m, list) {
			e.confirm = arg
			break
		}
		e.confirm = ""
		md := s.Model
		md.Lang, md.Opened = m.Lang, s.Name
		*m = md
		reply.Model = m
		notice = p.Text("Opened %s.", lang.Quote(s.Name))
	case action == "duplicate":
		if s, ok := find(arg); ok {
			name := p.Text("%s (copy)", s.Name)
			for i := 2; ; i++ {
				if _, taken := find(name); !taken {
					break
				}
				name = p.Text("%s (copy %d)", s.Name, i)
			}
			if put(name, s.Model) {
				notice = p.Text("Duplicated as %s.", lang.Quote(name))
			}
		}
	case action == "rename":
		e.renaming = arg
		m.Texts[fieldRename] = arg
		reply.Model = m
	case action == "rename-done":
		name := strings.TrimSpace(m.Texts[fieldRename])
		s, ok := find(e.renaming)
		if ok && name != "" && name != s.Name {
			if _, taken := find(name); taken {
				problem = p.Text("There is already a model named %s.", lang.Quote(name))
				break
			}
			if put(name, s.Model) && e.store.Delete(s.Name) == nil {
				if m.Opened == s.Name {
					m.Opened = name
				}
				notice = p.Text("Renamed %s to %s.", lang.Quote(s.Name), lang.Quote(name))
			}
		}
		e.renaming = ""
		delete(m.Texts, fieldRename)
		reply.Model = m
	case action == "cancel":
		e.renaming, e.confirm = "", ""
	case action == "delete":
		if s, ok := find(arg); ok && e.store.Delete(arg) == nil {
			e.deleted = &s
			if m.Opened == arg {
				m.Opened = ""
				reply.Model = m
			}
		}
	case action == "undo-delete":
		if e.deleted != nil {
			if e.store.Put(*e.deleted) == nil {
				notice = p.Text("%s is back.", lang.Quote(e.deleted.Name))
			}
			e.deleted = nil
		}
	case action == "download":
		name := m.Opened
		if name == "" {
			name = "nrrlab-model"
		}
		reply.Download = &api.Download{Name: name + ".json", Type: "application/json", Data: model.Encode(*m)}
	}
	if action != "delete" && ev.Kind == api.EventClick {
		e.deleted = nil
	}
	if list, err = e.store.Models(); err != nil && problem == "" {
		problem = p.Text("Your saved models could not be read (%s).", p.Error(err))
	}
	slices.SortFunc(list, func(a, b SavedModel) int { return b.Changed.Compare(a.Changed) })
	reply.Page = &api.Page{Heading: p.Text("Your models"), Lede: p.Text("Keep a model per client or per board meeting, open it again, share it as a link, or take it away as a file. Everything stays in this browser."),
		Blocks: e.modelBlocks(g, r, list, notice, problem)}
	return reply
}

// nrrOf is a model's NRR, annual, for the list; 0 when it has none.
func nrrOf(m model.Model) float64 {
	r, err := calc.Retain(m.Figures)
	if err != nil {
		return 0
	}
	return r.AnnualNRR
}

// unsaved reports whether the working state has changes that no saved
// model holds: it differs from the model it was opened from or saved as, or,
// when it is none, from the sample.
func (e *Engine) unsaved(m model.Model, list []SavedModel) bool {
	content := func(x model.Model) string {
		x.Lang, x.Opened = 0, ""
		return model.Link(x)
	}
	if m.Opened == "" {
		return content(m) != content(model.Sample())
	}
	for _, s := range list {
		if s.Name == m.Opened {
			return content(s.Model) != content(m)
		}
	}
	return true
}

func (e *Engine) modelBlocks(g *page, r api.Request, list []SavedModel, notice, problem string) []api.Block {
	m, p := g.m, g.p
	var blocks []api.Block
	if notice != "" || problem != "" || e.deleted != nil {
		h := ""
		if notice != "" {
			h += `<p class="note" role="status">` + markup.Escape(notice) + `</p>`
		}
		if problem != "" {
			h += `<p class="problem" role="alert">` + markup.Escape(problem) + `</p>`
		}
		b := api.Block{ID: "models-news", HTML: h}
		if e.deleted != nil {
			b.HTML += `<p class="note" role="status">` + markup.Escape(p.Text("Deleted %s.", lang.Quote(e.deleted.Name))) + `</p>`
			b.Fields = []api.Field{{ID: "undo-delete", Kind: "button", Label: p.Text("Undo"), Action: "undo-delete", Class: "secondary"}}
		}
		blocks = append(blocks, b)
	}
	working := p.Text("You are working on unsaved work.")
	if m.Opened != "" {
		working = p.Text("You are working on %s.", lang.Quote(m.Opened))
	}
	link := r.Origin + r.Base + model.PathIn(m.Lang, "/") + "#" + model.Link(*m)
	blocks = append(blocks, card("current", p.Text("Your work"), working,
		row(api.Field{ID: fieldSaveAs, Label: p.Text("Save as"), Value: m.Texts[fieldSaveAs], Hint: p.Text("a name, such as the client and the period")},
			api.Field{ID: "save", Kind: "button", Label: p.Text("Save"), Action: "save"}),
		api.Block{Class: "field-row", Fields: []api.Field{
			{ID: "copy-link", Kind: "copy", Label: p.Text("Copy share link"), Value: link},
			{ID: "download", Kind: "button", Label: p.Text("Download as a file (.json)"), Action: "download", Class: "secondary"},
		}},
		hint(p.Text("The link holds your figures, scenarios, settings, language and currency, and the data page's results, not its table: the model travels inside the link itself (%d characters), and the part after # is never sent to any server.", len(link))),
		api.Block{Fields: []api.Field{{ID: "model-file", Kind: "file", Label: p.Text("Open a model file"), Hint: p.Text("a .json file downloaded from NRR Lab"), Accept: ".json,application/json"}}},
	))
	if e.confirm != "" {
		blocks = append(blocks, card("confirm", p.Text("Unsaved changes"),
			p.Text("Your current work has changes that are not in a saved model. Save them first, or open %s and leave them.", lang.Quote(e.confirm)),
			row(api.Field{ID: "open-anyway", Kind: "button", Label: p.Text("Open %s anyway", e.confirm), Action: "open-anyway:" + e.confirm, Class: "secondary"},
				api.Field{ID: "cancel", Kind: "button", Label: p.Text("Cancel"), Action: "cancel", Class: "secondary"})))
	}
	saved := card("saved", p.Text("Saved models"), "")
	if len(list) == 0 {
		saved.Blocks = append(saved.Blocks, hint(p.Text("No saved model yet: save your work above.")))
	}
	for _, s := range list {
		nrr := "—"
		if s.NRR > 0 {
			nrr = p.Percent(s.NRR)
		}
		b := api.Block{Class: "saved-model", HTML: `<p><strong>` + markup.Escape(s.Name) + `</strong> <span class="hint">` +
			markup.Escape(p.Text("changed %s, NRR %s", s.Changed.Format("2006-01-02"), nrr)) + `</span></p>`}
		if e.renaming == s.Name {
			b.Fields = []api.Field{{ID: fieldRename, Label: p.Text("New name for %s", s.Name), Value: m.Texts[fieldRename]},
				{ID: "rename-done", Kind: "button", Label: p.Text("Rename"), Action: "rename-done"},
				{ID: "rename-cancel", Kind: "button", Label: p.Text("Cancel"), Action: "cancel", Class: "secondary"}}
		} else {
			b.Fields = []api.Field{
				{ID: "open-" + s.Name, Kind: "button", Label: p.Text("Open"), Name: p.Text("Open %s", s.Name), Action: "open:" + s.Name},
				{ID: "rename-" + s.Name, Kind: "button", Label: p.Text("Rename"), Name: p.Text("Rename %s", s.Name), Action: "rename:" + s.Name, Class: "secondary"},
				{ID: "duplicate-" + s.Name, Kind: "button", Label: p.Text("Duplicate"), Name: p.Text("Duplicate %s", s.Name), Action: "duplicate:" + s.Name, Class: "secondary"},
				{ID: "delete-" + s.Name, Kind: "button", Label: p.Text("Delete"), Name: p.Text("Delete %s", s.Name), Action: "delete:" + s.Name, Class: "secondary"},
			}
		}
		saved.Blocks = append(saved.Blocks, b)
	}
	return append(blocks, saved)
}
