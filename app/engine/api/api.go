// Package api is what the page shell and the engine say to each other.
//
// Every page but the calculator is rendered by the engine (package engine),
// which runs in a web worker: the shell (package app) sends it the working
// state and what the user did, and the engine sends back the page as
// blocks: cards, fields and pieces of HTML, in the user's language. The
// shell renders the fields as go-app components, so focus and typing are
// never disturbed, and inserts the HTML whole. Messages travel as JSON. This
// package depends on nothing heavy, so that the shell links the message
// types and nothing of the engine.
package api

import "nrrlab/app/model"

// Request is one message from the shell to the engine.
type Request struct {
	ID int `json:"id"`
	// Page is the page's path, without the language: "/scenarios".
	Page string `json:"page"`
	// Base is the site's base path without its trailing slash ("" at the
	// root, "/nrrlab" under a sub-path), which links start with; Origin is
	// the site's scheme and host, for share links.
	Base   string `json:"base,omitempty"`
	Origin string `json:"origin,omitempty"`
	// Model is the working state, with the user's last change applied.
	Model model.Model `json:"model"`
	// Event is what the user did; nil when the page is opened.
	Event *Event `json:"event,omitempty"`
	// Today is the user's date, "2026-11-25": it caps the months of
	// subscriptions still running.
	Today string `json:"today,omitempty"`
	// Link is the fragment of a share link the page was opened with: the
	// engine reads the model it carries and renders the page with it.
	Link string `json:"link,omitempty"`
}

// Event is one thing the user did on a page.
type Event struct {
	// Kind is EventInput, EventClick, EventScroll or EventLoad.
	Kind string `json:"kind"`
	// Target is a field's ID, or the action of a button (its data-action,
	// data-drill, data-row or data-sort attribute, as "drill:<value>").
	Target string `json:"target"`
	Value  string `json:"value,omitempty"`
}

// The kinds of event.
const (
	// EventInput is a field's new value (already applied to the Model).
	EventInput = "input"
	// EventClick is a button or an action in the page's HTML.
	EventClick = "click"
	// EventScroll is a scrolling region's new position, in pixels.
	EventScroll = "scroll"
	// EventLoad brings a table to the data page: Value is "paste", "file",
	// "drop" or the name of a built-in sample.
	EventLoad = "load"
)

// Reply is one message from the engine. While it works on a long request
// it sends replies with Progress only; the last one has Done set.
type Reply struct {
	ID       int     `json:"id"`
	Done     bool    `json:"done,omitempty"`
	Progress float64 `json:"progress,omitempty"`
	// Stage says what the engine is doing, in the user's language.
	Stage string `json:"stage,omitempty"`
	// Model is the working state when the engine changed it (a scenario
	// added, a table's name kept).
	Model *model.Model `json:"model,omitempty"`
	// Page is the page to show.
	Page *Page `json:"page,omitempty"`
	// Region replaces one block of the page already shown (by ID), such as
	// the rows of a scrolled table.
	Region *Block `json:"region,omitempty"`
	// Focus names the element to scroll to and focus once shown.
	Focus string `json:"focus,omitempty"`
	// Shared says Model is the model a share link carried, to show without
	// saving; LinkProblem says why the link could not be opened.
	Shared      bool   `json:"shared,omitempty"`
	LinkProblem string `json:"linkProblem,omitempty"`
	// Download is a file for the browser to save.
	Download *Download `json:"download,omitempty"`
	// Copy is text for the clipboard: a table as cells, which the page
	// shows only a window of.
	Copy string `json:"copy,omitempty"`
	// Navigate is a page to open next, such as the calculator once the data
	// page has filled it.
	Navigate string `json:"navigate,omitempty"`
	// Error says why the request failed; the page keeps what it showed.
	Error string `json:"error,omitempty"`
	// Notice, once, says something the user should know that is not an
	// error, such as storage the browser refused.
	Notice string `json:"notice,omitempty"`
}

// Page is a page as the engine renders it.
type Page struct {
	// Heading is the page's title, its h1.
	Heading string  `json:"heading"`
	Lede    string  `json:"lede,omitempty"`
	Blocks  []Block `json:"blocks"`
}

// Block is a part of a page: a card with a heading, a row of fields, a piece
// of HTML, or a scrolling region, with blocks inside.
type Block struct {
	// ID names the block for a Region update, and is its element's id.
	ID string `json:"id,omitempty"`
	// Card makes the block a section with Heading as its heading, whose
	// element id is ID+"-title" (h2, or h3 inside another block with a
	// heading). A block with a Heading but no Card is a plain section.
	Card    bool   `json:"card,omitempty"`
	Heading string `json:"heading,omitempty"`
	Lede    string `json:"lede,omitempty"`
	// Legend makes the block a fieldset with this legend (whose element id
	// is ID+"-legend", which fields name in their Group).
	Legend string  `json:"legend,omitempty"`
	Fields []Field `json:"fields,omitempty"`
	// HTML is inserted as it is: one or more whole elements, escaped.
	HTML string `json:"html,omitempty"`
	// Shown is the key of the block's HTML (see app's htmlKey), which the
	// shell gives the blocks it shows. In the copy of a page written into
	// its HTML document it stands for the HTML, which the document shows
	// and the shell takes from there.
	Shown string `json:"shown,omitempty"`
	// Scroll makes the block a scrolling region whose position is sent to
	// the engine.
	Scroll bool    `json:"scroll,omitempty"`
	Class  string  `json:"class,omitempty"`
	Blocks []Block `json:"blocks,omitempty"`
}

// Field is an input of a page.
type Field struct {
	// ID is the field's element id, and what the Model stores its value by
	// (see model.Model.Set).
	ID    string `json:"id"`
	Label string `json:"label"`
	// Kind is "" for a text field, or "select", "radio", "check",
	// "textarea", "file", "search", "button", or "copy": a button that
	// copies Value to the clipboard.
	Kind    string   `json:"kind,omitempty"`
	Value   string   `json:"value,omitempty"`
	Hint    string   `json:"hint,omitempty"`
	Problem string   `json:"problem,omitempty"`
	Options []Option `json:"options,omitempty"`
	// Group is the id of a legend that begins the field's accessible name:
	// "Scenario 2" + "NRR".
	Group string `json:"group,omitempty"`
	Class string `json:"class,omitempty"`
	// Action is what a button does, sent as the click event's Target.
	Action string `json:"action,omitempty"`
	// Accept lists the file types a file field takes, as the accept
	// attribute does; empty takes tables (.csv, .tsv, .txt, .xlsx).
	Accept string `json:"accept,omitempty"`
	// Name is the accessible name when the visible label is not enough,
	// such as "Remove Scenario 2" for a button that reads "Remove".
	Name string `json:"name,omitempty"`
}

// Download is a file the engine made for the user to save.
type Download struct {
	Name string `json:"name"`
	Type string `json:"type"`
	Data []byte `json:"data"`
}

// Option is one value of a select or radio field.
type Option struct {
	Value string `json:"value"`
	Label string `json:"label"`
}
