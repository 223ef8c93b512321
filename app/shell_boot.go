package app

import (
	"encoding/json"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/engine/api"
)

// The first visit: the pre-rendered page is complete and readable from the
// first paint, and the app takes it over once it has mounted the same page
// itself. Mounting a page at once is one long task, the first the visitor
// pays for: go-app's code, the shell's and the JSON decoder are compiled as
// they are first called, which took 60 to 180 ms here, after the Go
// runtime's own start. So the shell mounts its first screen in steps, each
// in a task of its own, hidden behind the pre-rendered page (the entry
// point has it mount in front of that page, not in its place), and shows
// it only when it is complete: the page the document showed goes in the
// same task as the app's is shown, with no frame between.

// boot mounts the page the generator rendered in steps: the site's chrome
// first, then the page's JSON is decoded in a task of its own, and the page
// is shown in steps (see showInSteps). While booting, the engine's answers
// are taken as always: a page that comes complete ends the boot as well.
func (s *shell) boot(ctx goapp.Context) {
	browser.Later(func() {
		ctx.Dispatch(func(ctx goapp.Context) {
			if !s.booting {
				return
			}
			s.bare--
			ctx.Defer(func(ctx goapp.Context) {
				if s.bare > 0 {
					s.boot(ctx)
				} else {
					s.decode(ctx)
				}
			})
		})
	})
}

// decode decodes the pre-rendered page's JSON, in a task of its own, and
// shows the page in steps.
func (s *shell) decode(ctx goapp.Context) {
	steps := s.steps
	browser.Later(func() {
		var p api.Page
		ok := json.Unmarshal(browser.Embedded(), &p) == nil
		ctx.Dispatch(func(ctx goapp.Context) {
			switch {
			case !s.booting || steps != s.steps || s.page != nil || s.pending != nil:
				// A page came first, or the steps of one are under way.
			case ok:
				s.showInSteps(ctx, &p)
			default:
				// The page's JSON is damaged: the app shows itself, busy,
				// and asks the engine for the page.
				s.busy = true
				s.endBoot(ctx)
			}
		})
	})
}

// rendered runs after each render once mounted. While booting, a render
// that left nothing out of a page ends the boot with one more render, the
// one that shows the app; after that, the blocks' HTML is written, taken
// from the pre-rendered page the first time.
func (s *shell) rendered(ctx goapp.Context) {
	if s.booting {
		if s.bare == 0 && s.page != nil && !s.cut && s.pending == nil {
			s.endBoot(ctx)
		}
		return
	}
	s.showHTML()
	s.start(ctx)
}

// endBoot ends the boot with one more render, the one that shows the app;
// after it, rendered tells the browser so.
func (s *shell) endBoot(ctx goapp.Context) {
	s.booting, s.bare = false, 0
	ctx.Update()
}

// start tells the browser the first screen is shown, once, and then starts
// the engine's worker, in a task of its own: starting it costs tens of
// milliseconds of a blocked page, and the page as pre-rendered is there
// meanwhile. An event sent before then has started it and asked for the
// page already.
func (s *shell) start(ctx goapp.Context) {
	if s.started {
		return
	}
	s.started = true
	browser.Started()
	browser.Later(func() {
		ctx.Dispatch(func(ctx goapp.Context) {
			if s.next == 0 {
				s.send(ctx, nil, "")
			}
		})
	})
}
