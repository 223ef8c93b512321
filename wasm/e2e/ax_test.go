package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// These helpers find elements the way a screen reader user does: by role
// and accessible name, which for a field is its visible label. They use the
// browser's accessibility tree, not CSS selectors or ids.

// findAll returns the backend ids of the elements with this role and name.
func findAll(ctx context.Context, role, name string) ([]cdp.BackendNodeID, error) {
	doc, err := chromedp.Call(ctx, runtime.Evaluate, runtime.EvaluateParams{Expression: "document"})
	if err != nil {
		return nil, err
	}
	res, err := chromedp.Call(ctx, accessibility.QueryAXTree, accessibility.QueryAXTreeParams{
		ObjectID: doc.Result.ObjectID, AccessibleName: name, Role: role,
	})
	if err != nil {
		return nil, err
	}
	var ids []cdp.BackendNodeID
	for _, n := range res.Nodes {
		if !n.Ignored && n.BackendDOMNodeID != 0 {
			ids = append(ids, n.BackendDOMNodeID)
		}
	}
	return ids, nil
}

// find returns the one element with this role and name as a JavaScript
// object, or an error when there is none or more than one.
func find(ctx context.Context, role, name string) (runtime.RemoteObjectID, error) {
	ids, err := findAll(ctx, role, name)
	if err != nil {
		return "", err
	}
	if len(ids) != 1 {
		return "", fmt.Errorf("%d elements with role %s named %q, want 1", len(ids), role, name)
	}
	obj, err := chromedp.Call(ctx, dom.ResolveNode, dom.ResolveNodeParams{BackendNodeID: ids[0]})
	if err != nil {
		return "", err
	}
	return obj.Object.ObjectID, nil
}

// callOn runs a JavaScript function with the element as this and decodes
// its result.
func callOn[T any](ctx context.Context, obj runtime.RemoteObjectID, fn string) (T, error) {
	var v T
	res, err := chromedp.Call(ctx, runtime.CallFunctionOn, runtime.CallFunctionOnParams{
		FunctionDeclaration: fn, ObjectID: obj, ReturnByValue: new(true),
	})
	if err != nil {
		return v, err
	}
	if res.ExceptionDetails != nil {
		return v, fmt.Errorf("%s: %s", fn, res.ExceptionDetails.Text)
	}
	err = json.Unmarshal(res.Result.Value, &v)
	return v, err
}

// waitFind waits until there is exactly one element with this role and name
// and returns it: pages render after navigation and clicks.
func waitFind(t testing.TB, ctx context.Context, role, name string) runtime.RemoteObjectID {
	t.Helper()
	var obj runtime.RemoteObjectID
	waitFor(t, ctx, fmt.Sprintf("%s %q", role, name), func() (bool, string) {
		var err error
		obj, err = find(ctx, role, name)
		if err != nil {
			return false, err.Error()
		}
		return true, ""
	})
	return obj
}

// waitFor polls cond until it holds or the test's browser context ends. It
// is a wait for a condition, not a sleep: it returns as soon as cond holds.
func waitFor(t testing.TB, ctx context.Context, what string, cond func() (bool, string)) {
	t.Helper()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	deadline, cancel := context.WithTimeout(ctx, patience)
	defer cancel()
	last := ""
	for {
		ok, state := cond()
		if ok {
			return
		}
		last = state
		select {
		case <-deadline.Done():
			t.Fatalf("waiting for %s: still %s", what, last)
		case <-tick.C:
		}
	}
}

// textOf returns the visible text of the one element with this role and name,
// or the error as the state.
func textOf(ctx context.Context, role, name string) (string, error) {
	obj, err := find(ctx, role, name)
	if err != nil {
		return "", err
	}
	s, err := callOn[string](ctx, obj, `function() { return this.innerText; }`)
	return strings.TrimSpace(s), err
}

// waitText waits until the element with this role and name shows want.
func waitText(t testing.TB, ctx context.Context, role, name, want string) {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf("%s %q to show %q", role, name, want), func() (bool, string) {
		got, err := textOf(ctx, role, name)
		if err != nil {
			return false, err.Error()
		}
		return got == want, fmt.Sprintf("%q", got)
	})
}

// typeInto replaces the text of the field labelled label, typing it key by
// key as a user does.
func typeInto(t testing.TB, ctx context.Context, label, text string) {
	t.Helper()
	obj := waitFind(t, ctx, "textbox", label)
	if _, err := chromedp.Call(ctx, dom.Focus, dom.FocusParams{ObjectID: obj}); err != nil {
		t.Fatalf("focusing %q: %v", label, err)
	}
	if _, err := callOn[bool](ctx, obj, `function() { this.select(); return true; }`); err != nil {
		t.Fatalf("selecting %q: %v", label, err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(text)); err != nil {
		t.Fatalf("typing into %q: %v", label, err)
	}
}

// open navigates to url and waits until the app has booted: go-app removes
// its loader once app.wasm runs.
func open(t testing.TB, ctx context.Context, url string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("opening %s: %v", url, err)
	}
	waitBooted(t, ctx)
}

// waitBooted waits until the app has booted. The page may load again
// meanwhile (the service worker taking over, a share link's fragment): an
// evaluation that fails because its page is gone is a "not yet", where a
// polling evaluation would end the wait with "Cannot find context".
func waitBooted(t testing.TB, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, "the app to boot", func() (bool, string) {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.readyState === "complete" && !document.getElementById("app-wasm-loader")`))
		if err != nil {
			return false, err.Error()
		}
		return ok, "still loading"
	})
}

// fieldState returns the accessible description of the field labelled label
// (its hint or its error message) and whether it is marked invalid.
func fieldState(ctx context.Context, label string) (description string, invalid bool, err error) {
	doc, err := chromedp.Call(ctx, runtime.Evaluate, runtime.EvaluateParams{Expression: "document"})
	if err != nil {
		return "", false, err
	}
	res, err := chromedp.Call(ctx, accessibility.QueryAXTree, accessibility.QueryAXTreeParams{
		ObjectID: doc.Result.ObjectID, AccessibleName: label, Role: "textbox",
	})
	if err != nil {
		return "", false, err
	}
	if len(res.Nodes) != 1 {
		return "", false, fmt.Errorf("%d fields labelled %q", len(res.Nodes), label)
	}
	n := res.Nodes[0]
	if n.Description != nil {
		_ = json.Unmarshal(n.Description.Value, &description)
	}
	for _, p := range n.Properties {
		if p.Name == accessibility.PropertyNameInvalid {
			var v string
			_ = json.Unmarshal(p.Value.Value, &v)
			invalid = v != "" && v != "false"
		}
	}
	return description, invalid, nil
}

// press activates the button or link with this role and name from the
// keyboard, as a keyboard-only user does: focus, then Enter.
func press(t testing.TB, ctx context.Context, role, name string) {
	t.Helper()
	obj := waitFind(t, ctx, role, name)
	if _, err := chromedp.Call(ctx, dom.Focus, dom.FocusParams{ObjectID: obj}); err != nil {
		t.Fatalf("focusing %s %q: %v", role, name, err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("\r")); err != nil {
		t.Fatalf("pressing %s %q: %v", role, name, err)
	}
}

// choose picks option in the select labelled label, as a user does from its
// list: the select has the focus, the option is selected, and the browser's
// input and change events follow. (Typing the option's name instead relies
// on the select's type-ahead, whose buffer empties after a second: on a busy
// machine the keys of one name arrive further apart and pick another option.)
func choose(t testing.TB, ctx context.Context, label, option string) {
	t.Helper()
	pick(t, ctx, waitFind(t, ctx, "combobox", label), label, option)
}

// pick selects option in the select obj, labelled label (see choose), and
// waits until the select shows it.
func pick(t testing.TB, ctx context.Context, obj runtime.RemoteObjectID, label, option string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, dom.Focus, dom.FocusParams{ObjectID: obj}); err != nil {
		t.Fatalf("focusing %q: %v", label, err)
	}
	text, err := json.Marshal(option)
	if err != nil {
		t.Fatal(err)
	}
	found, err := callOn[bool](ctx, obj, `function() {
		const i = [...this.options].findIndex(o => o.text === `+string(text)+`);
		if (i < 0) return false;
		if (this.selectedIndex !== i) {
			this.selectedIndex = i;
			this.dispatchEvent(new Event("input", {bubbles: true}));
			this.dispatchEvent(new Event("change", {bubbles: true}));
		}
		return true;
	}`)
	if err != nil || !found {
		t.Fatalf("choosing %q in %q: no such option (%v)", option, label, err)
	}
	waitFor(t, ctx, fmt.Sprintf("%q to show %q", label, option), func() (bool, string) {
		got, err := callOn[string](ctx, obj, `function() { return this.options[this.selectedIndex].text; }`)
		if err != nil {
			return false, err.Error()
		}
		return got == option, got
	})
}

// tableCells returns the text of every cell of the table with this accessible
// name (its caption), row by row, header row first.
func tableCells(ctx context.Context, name string) ([][]string, error) {
	obj, err := find(ctx, "table", name)
	if err != nil {
		return nil, err
	}
	return callOn[[][]string](ctx, obj, `function() { return [...this.rows].map(r => [...r.cells].map(c => c.innerText.trim())); }`)
}

// column returns the cells of the column headed header, one per body row,
// keyed by the row's first cell.
func column(rows [][]string, header string) (map[string]string, error) {
	if len(rows) == 0 {
		return nil, fmt.Errorf("empty table")
	}
	col := -1
	for i, h := range rows[0] {
		if h == header {
			col = i
		}
	}
	if col < 0 {
		return nil, fmt.Errorf("no column %q in %q", header, rows[0])
	}
	cells := map[string]string{}
	for _, r := range rows[1:] {
		if col < len(r) {
			cells[r[0]] = r[col]
		}
	}
	return cells, nil
}

// waitColumn waits until the column headed header of the table named name
// shows want, by row key.
func waitColumn(t testing.TB, ctx context.Context, name, header string, want map[string]string) {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf("%q column %q to show %v", name, header, want), func() (bool, string) {
		rows, err := tableCells(ctx, name)
		if err != nil {
			return false, err.Error()
		}
		got, err := column(rows, header)
		if err != nil {
			return false, err.Error()
		}
		for k, v := range want {
			if got[k] != v {
				return false, fmt.Sprint(got)
			}
		}
		return true, ""
	})
}
