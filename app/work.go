package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/model"
)

// Where the browser keeps the working state: workKey in the current schema
// (model.Encode); legacyKey where the first versions let go-app keep it;
// unreadableKey the text of saved work that could not be read, kept until
// the user has downloaded it or has saved new work twice.
const (
	workKey       = "nrrlab.work"
	legacyKey     = "nrrlab.model"
	unreadableKey = "nrrlab.unreadable"
)

// work is what this visit knows of the saved work: read once, then kept in
// memory, which every page reads from.
var work struct {
	loaded bool
	model  model.Model
	found  bool
	// problem says why saved work could not be read, unreadable is its
	// text, to download; storage says why the browser keeps nothing.
	problem    error
	unreadable string
	storage    error
	// shared is a model opened from a link: the pages show it, and nothing
	// is saved, until the user keeps a copy or goes back to their own.
	shared *model.Model
	// link is a share link's fragment, until the engine has read it;
	// linkProblem says why it could not be opened; kept says a copy of the
	// shared model was kept.
	link        string
	linkProblem string
	kept        bool
	// saved is the text this visit last saved.
	saved string
}

// loadModel returns the working state: a model opened from a link, or the
// saved work, read and migrated once per visit. Saved work that cannot be
// read is put aside (see work.problem) and the pages start from the sample.
func loadModel() (model.Model, bool) {
	if !work.loaded {
		work.loaded = true
		work.model, work.found = readSaved()
		openLink()
	}
	if work.shared != nil {
		return *work.shared, true
	}
	return work.model, work.found
}

// openLink keeps the fragment of a share link the page was opened with,
// for the engine to read with the page's first request: the pages show the
// model it carries until the user keeps a copy or goes back to their own
// work, which it never replaces.
func openLink() {
	if goapp.IsServer {
		return
	}
	if f := goapp.Window().URL().Fragment; strings.HasPrefix(f, model.LinkPrefix) {
		work.link = f
	}
}

func readSaved() (model.Model, bool) {
	text, ok, err := browser.Load(workKey)
	if err != nil {
		work.storage = err
		return model.Model{}, false
	}
	migrate := false
	if !ok {
		if text, ok, _ = browser.Load(legacyKey); !ok {
			return model.Model{}, false
		}
		migrate = true
	}
	m, err := model.Decode([]byte(text))
	if err != nil {
		work.problem, work.unreadable = err, text
		_ = browser.Save(unreadableKey, text)
		return model.Model{}, false
	}
	encoded := string(model.Encode(m))
	if migrate {
		if browser.Save(workKey, encoded) == nil {
			browser.Remove(legacyKey)
			work.saved = encoded
		}
	} else if encoded == text {
		work.saved = text
	}
	return m, true
}

// saveModel keeps the working state across pages and reloads. A shared
// model is kept in memory only.
func saveModel(m model.Model) {
	if work.shared != nil {
		work.shared = &m
		return
	}
	work.model, work.found, work.loaded = m, true, true
	// The engine's answer to a keystroke carries the model just saved: it
	// is not written again.
	text := string(model.Encode(m))
	if text == work.saved {
		return
	}
	err := browser.Save(workKey, text)
	if err == nil {
		work.saved = text
	} else if work.storage == nil {
		work.storage = err
	}
}
