// Package api is what the data page and its engine say to each other. The
// engine (package engine) reads the user's table, analyses it and writes the
// results as HTML in a web worker, off the page's thread; the page (package
// app) shows what it is sent and sends back what the user chooses. Messages
// travel as JSON. This package has no dependencies, so that the page links
// the message types and nothing of the engine.
package api

// The operations a Request asks for.
const (
	// OpLoad reads a new table: Text, or the file sent with the message,
	// or the built-in sample named Name.
	OpLoad = "load"
	// OpConfigure reads the table again with new Settings.
	OpConfigure = "configure"
	// OpRestore reads the table kept from an earlier visit, if any.
	OpRestore = "restore"
	// OpForget drops the table, here and in storage.
	OpForget = "forget"
	// OpCustomers asks for a window of the customer table.
	OpCustomers = "customers"
	// OpPreview asks for the preview rows around Row.
	OpPreview = "preview"
	// OpDrill asks for the customers behind one movement figure.
	OpDrill = "drill"
)

// Request is one message from the page to the engine. Settings travel with
// every request, so the engine never works with choices the page no longer
// shows.
type Request struct {
	ID       int      `json:"id"`
	Op       string   `json:"op"`
	Text     string   `json:"text,omitempty"`
	Name     string   `json:"name,omitempty"`
	Settings Settings `json:"settings,omitempty"`
	// Query is the customer table window of OpCustomers.
	Query *Query `json:"query,omitempty"`
	// Row is the table row (as the user numbers them) OpPreview centres on.
	Row int `json:"row,omitempty"`
	// Drill names a movement figure: the value of its button's data-drill.
	Drill string `json:"drill,omitempty"`
}

// Settings are the user's choices for the table, by choice key (see
// Choice.Key): column roles ("role:3"), conventions, cohort grouping, the
// language ("lang") and currency ("currency"). A key that is absent takes
// the engine's default or what it detected. They are a plain map, so the
// page keeps them with the rest of the working state without knowing them.
type Settings map[string]string

// Query is a window of the customer table: sorted by column Sort (descending
// when Desc), filtered to names containing Search, rows Offset to
// Offset+Limit.
type Query struct {
	Sort   int    `json:"sort"`
	Desc   bool   `json:"desc,omitempty"`
	Search string `json:"search,omitempty"`
	Offset int    `json:"offset"`
	Limit  int    `json:"limit"`
}

// Response is one message from the engine. While it works it sends
// responses with Progress only; the last one for a request has Done set.
type Response struct {
	ID       int     `json:"id"`
	Done     bool    `json:"done,omitempty"`
	Progress float64 `json:"progress,omitempty"`
	// Stage says what the engine is doing, in the user's language.
	Stage string `json:"stage,omitempty"`
	View  *View  `json:"view,omitempty"`
	Rows  *Rows  `json:"rows,omitempty"`
	// HTML is the answer to OpPreview and OpDrill.
	HTML string `json:"html,omitempty"`
	// Error says why the request failed; the page keeps what it showed.
	Error string `json:"error,omitempty"`
	// Storage, once, says that the browser refused to keep the table: the
	// page keeps working with it in memory.
	Storage string `json:"storage,omitempty"`
}

// View is everything the page shows of a table, in the user's language.
// HTML fragments are complete elements, escaped, ready to insert.
type View struct {
	// Name is the file's or sample's name, or a description of a paste.
	Name string `json:"name"`
	// Summary says what was found, in one sentence: the shape, the rows,
	// the months.
	Summary string `json:"summary"`
	// Columns are the table's columns with their roles.
	Columns []Column `json:"columns,omitempty"`
	// Choices are the readings and conventions the user can change.
	Choices []Choice `json:"choices,omitempty"`
	// Notices say what was decided or left out while reading.
	Notices []string `json:"notices,omitempty"`
	// Preview is the first rows as read, the parsed value beside the text
	// where they differ.
	Preview string `json:"preview,omitempty"`
	// Problems lists the unreadable cells (HTML with a button per cell whose
	// data-row is the row); ProblemCount counts them all.
	Problems     string `json:"problems,omitempty"`
	ProblemCount int    `json:"problemCount,omitempty"`
	// Blocked says nothing was analysed because cells are unreadable and bad
	// rows are not skipped.
	Blocked bool `json:"blocked,omitempty"`
	// Results are the analyses, as HTML.
	Results string `json:"results,omitempty"`
	// Customers is the number of rows of the customer table, 0 when there is
	// none; CustomerHead is its header row (HTML).
	Customers    int    `json:"customers,omitempty"`
	CustomerHead string `json:"customerHead,omitempty"`
	// Totals fill the calculator, when the analysis has a starting cohort.
	Totals *Totals `json:"totals,omitempty"`
}

// Column is one column of the table and the role it is read as.
type Column struct {
	// Key is the settings key of the column's role ("role:3").
	Key string `json:"key"`
	// Name is the header, or the column's letter.
	Name    string   `json:"name"`
	Role    string   `json:"role"`
	Options []Option `json:"options"`
}

// Choice is one reading or convention the user can change with a select
// (or a checkbox, when Check is set: its value is "on" or "").
type Choice struct {
	Key     string   `json:"key"`
	Label   string   `json:"label"`
	Value   string   `json:"value"`
	Options []Option `json:"options,omitempty"`
	Check   bool     `json:"check,omitempty"`
	// Hint explains the choice or how the current value is computed.
	Hint string `json:"hint,omitempty"`
	// Group names the fieldset the choice belongs to.
	Group string `json:"group,omitempty"`
}

// Option is one value of a Choice or Column.
type Option struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// Rows is a window of the customer table.
type Rows struct {
	// Total is the number of rows that match the search.
	Total  int    `json:"total"`
	Offset int    `json:"offset"`
	HTML   string `json:"html"`
}

// Totals are the calculator's fields as the analysis fills them, written
// the way the calculator reads them.
type Totals struct {
	Start, Expansion, Contraction, Churn string
	CustomersStart, CustomersRetained    string
}
