package e2e

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// The export tests press the buttons under a table or a chart as a user
// does, let the browser save the file for real, and read what it saved.

// downloads are the files a browser saved during a test.
type downloads struct {
	dir  string
	mu   sync.Mutex
	name map[string]string // the name the page gave each download, by guid
	done chan savedFile
}

// savedFile is one finished download: the name the page gave it and where
// the browser wrote it.
type savedFile struct {
	name, path, state string
}

// allowDownloads lets the browser save files into a directory of the test's,
// each under its download's guid, and reports each one as it finishes.
func allowDownloads(t testing.TB, ctx context.Context) *downloads {
	t.Helper()
	d := &downloads{dir: t.TempDir(), name: map[string]string{}, done: make(chan savedFile, 64)}
	err := chromedp.ListenBrowser(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *browser.EventDownloadWillBegin:
			d.mu.Lock()
			d.name[ev.GUID] = ev.SuggestedFilename
			d.mu.Unlock()
		case *browser.EventDownloadProgress:
			if ev.State == browser.DownloadProgressStateInProgress {
				return
			}
			d.mu.Lock()
			f := savedFile{name: d.name[ev.GUID], path: filepath.Join(d.dir, ev.GUID), state: string(ev.State)}
			d.mu.Unlock()
			select {
			case d.done <- f:
			default: // the test reads every download; 64 unread ones is a failure already
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: d.dir, EventsEnabled: new(true),
	}); err != nil {
		t.Fatal(err)
	}
	return d
}

// next waits for the next download to finish and returns its name and
// content.
func (d *downloads) next(t testing.TB, ctx context.Context, what string) (string, []byte) {
	t.Helper()
	wait, cancel := context.WithTimeout(ctx, patience)
	defer cancel()
	select {
	case f := <-d.done:
		if f.state != string(browser.DownloadProgressStateCompleted) {
			t.Fatalf("the download of %s (%q) ended %s", what, f.name, f.state)
		}
		data, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		return f.name, data
	case <-wait.Done():
		t.Fatalf("waiting for the download of %s: none finished", what)
	}
	return "", nil
}

// stubClipboard makes navigator.clipboard.writeText keep what it is given
// in window.nrrlabCopied, which clipboardText reads back.
func stubClipboard(t testing.TB, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
		window.nrrlabCopied = "";
		navigator.clipboard.writeText = async text => { window.nrrlabCopied = text; };
		return true;
	})()`)); err != nil {
		t.Fatal(err)
	}
}

func clipboardText(t testing.TB, ctx context.Context) string {
	t.Helper()
	text, err := chromedp.Run(ctx, chromedp.Poll[string](`window.nrrlabCopied`, chromedp.WithPollingTimeout(patience)))
	if err != nil {
		t.Fatalf("waiting for text on the clipboard: %v", err)
	}
	return text
}

func TestScenarioComparisonDownloadsAsCSVAndCopiesAsCells(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	log := recordConsole(ctx)
	files := allowDownloads(t, ctx)
	open(t, ctx, srv.url(""))
	setBaseline(t, ctx, "$100M", "$5M", "0", "0")
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")
	press(t, ctx, "link", "What-if")
	press(t, ctx, "button", "Add scenario")
	choose(t, ctx, "Scenario 1 Defined by", "NRR")
	typeInto(t, ctx, "Scenario 1 NRR", "110%")
	press(t, ctx, "button", "Add scenario")
	choose(t, ctx, "Scenario 2 Defined by", "NRR")
	typeInto(t, ctx, "Scenario 2 NRR", "95%")
	waitColumn(t, ctx, "Scenario comparison", "Scenario 1 vs baseline", map[string]string{"Year 1": "+$5.00M", "Year 3": "+$17.34M"})
	waitColumn(t, ctx, "Scenario comparison", "Scenario 2 vs baseline", map[string]string{"Year 1": "−$10.00M"})
	shown, err := tableCells(ctx, "Scenario comparison")
	if err != nil {
		t.Fatal(err)
	}

	// The core's comparison of the same figures, as plain numbers under
	// headers that name the currency; the page's cells carry the same.
	cmp, err := calc.Compare(100_000_000_00, calc.Scenario{Lever: calc.ByAmounts, Expansion: 5_000_000_00},
		[]calc.Scenario{{Lever: calc.ByNRR, NRR: 1.10}, {Lever: calc.ByNRR, NRR: 0.95}}, len(shown)-2)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"Year", "Baseline (USD)", "Scenario 1 (USD)", "Scenario 1 vs baseline (USD)", "Scenario 2 (USD)", "Scenario 2 vs baseline (USD)"}}
	for i, pt := range cmp.Baseline.Projection.Points {
		row := []string{shown[i+1][0], lang.USD.Plain(int64(pt.ARR))}
		for _, o := range cmp.Scenarios {
			row = append(row, lang.USD.Plain(int64(o.Projection.Points[i].ARR)), lang.USD.Plain(int64(o.Difference[i])))
		}
		want = append(want, row)
	}
	waitExported(t, ctx, "Scenario comparison", want)

	press(t, ctx, "button", "Download the table as CSV: Scenario comparison")
	name, data := files.next(t, ctx, "the scenario comparison")
	if name != "scenario-comparison.csv" {
		t.Errorf("file name %q, want scenario-comparison.csv", name)
	}
	if !bytes.HasSuffix(data, []byte("\r\n")) || bytes.Count(data, []byte("\r\n")) != len(want) {
		t.Errorf("the CSV file's lines do not each end in CRLF:\n%q", data)
	}
	rows := readCSV(t, data)
	sameRows(t, "the CSV file", rows, want)
	// The worked example, to the cent: 5% more a year on $100M against
	// 10% more and 5% less; a loss is written with an ASCII minus.
	byYear := map[string][]string{}
	for _, r := range rows {
		byYear[r[0]] = r
	}
	for year, cells := range map[string][]string{
		"Year 1": {"Year 1", "105000000.00", "110000000.00", "5000000.00", "95000000.00", "-10000000.00"},
		"Year 3": {"Year 3", "115762500.00", "133100000.00", "17337500.00", "85737500.00", "-30025000.00"},
	} {
		if got := byYear[year]; strings.Join(got, "|") != strings.Join(cells, "|") {
			t.Errorf("CSV row %s = %q, want %q", year, got, cells)
		}
	}

	stubClipboard(t, ctx)
	press(t, ctx, "button", "Copy the table to paste into a spreadsheet: Scenario comparison")
	if got := clipboardText(t, ctx); got != cells(want) {
		t.Errorf("copied\n%q\nwant\n%q", got, cells(want))
	}
	waitShown(t, ctx, "Copied: paste it into a spreadsheet.")
	if p := log.problems(); len(p) > 0 {
		t.Errorf("console: %q", p)
	}
}

// chartExport is the name of the one chart export button of its kind
// ("SVG" or "PNG") whose chart's summary starts with prefix.
func chartExport(t testing.TB, ctx context.Context, kind, prefix string) (button, summary string) {
	t.Helper()
	start := "Download the chart as " + kind + ": "
	var names []string
	waitFor(t, ctx, fmt.Sprintf("a button %q", start+prefix+"…"), func() (bool, string) {
		var err error
		names, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](fmt.Sprintf(
			`[...document.querySelectorAll("button[aria-label]")].map(b => b.getAttribute("aria-label")).filter(n => n.startsWith(%q))`, start+prefix)))
		if err != nil {
			return false, err.Error()
		}
		return len(names) == 1, fmt.Sprintf("%q", names)
	})
	return names[0], strings.TrimPrefix(names[0], start)
}

// checkSVG checks that a downloaded chart is an SVG document that XML
// readers accept, named by its summary, with the texts the chart shows.
func checkSVG(t testing.TB, data []byte, summary string, texts ...string) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var label string
	var shown []string
	root := true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the SVG file is not well-formed XML: %v\n%.600s", err, data)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root {
				if tok.Name.Local != "svg" || tok.Name.Space != "http://www.w3.org/2000/svg" {
					t.Errorf("the root element is %v, want svg in the SVG namespace", tok.Name)
				}
				for _, a := range tok.Attr {
					if a.Name.Local == "aria-label" {
						label = a.Value
					}
				}
				root = false
			}
		case xml.CharData:
			shown = append(shown, string(tok))
		}
	}
	if label != summary {
		t.Errorf("the SVG's label %q, want the chart's summary %q", label, summary)
	}
	all := strings.Join(shown, "\n")
	for _, s := range texts {
		if !strings.Contains(all, s) {
			t.Errorf("the SVG has no text %q", s)
		}
	}
}

// pngSize reads a PNG file's width and height from its IHDR chunk.
func pngSize(t testing.TB, data []byte) (int, int) {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) || len(data) < 24 || string(data[12:16]) != "IHDR" {
		t.Fatalf("not a PNG file: %q", data[:min(len(data), 24)])
	}
	return int(binary.BigEndian.Uint32(data[16:20])), int(binary.BigEndian.Uint32(data[20:24]))
}

func TestChartsDownloadAsSVGAndPNG(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	log := recordConsole(ctx)
	files := allowDownloads(t, ctx)
	open(t, ctx, srv.url(""))
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")

	button, summary := chartExport(t, ctx, "SVG", "ARR bridge: ")
	press(t, ctx, "button", button)
	name, data := files.next(t, ctx, "the bridge as SVG")
	if !strings.HasPrefix(name, "chart-") || !strings.HasSuffix(name, ".svg") {
		t.Errorf("file name %q, want chart-….svg", name)
	}
	checkSVG(t, data, summary, "Starting ARR", "Expansion", "Churn", "Ending ARR")

	button, _ = chartExport(t, ctx, "PNG", "ARR bridge: ")
	press(t, ctx, "button", button)
	name, data = files.next(t, ctx, "the bridge as PNG")
	if !strings.HasSuffix(name, ".png") {
		t.Errorf("file name %q, want ….png", name)
	}
	if w, h := pngSize(t, data); w == 0 || h == 0 {
		t.Errorf("the PNG is %d×%d", w, h)
	}

	// A chart in rupiah: its amounts have a no-break space after "Rp",
	// which must stay a character in the file, not an HTML entity.
	press(t, ctx, "link", "Your data")
	press(t, ctx, "button", "Sample: Indonesian MRR sheet in rupiah")
	button, summary = chartExport(t, ctx, "SVG", "MRR over time: Rp")
	press(t, ctx, "button", button)
	_, data = files.next(t, ctx, "the rupiah chart as SVG")
	checkSVG(t, data, summary, "MRR")
	button, _ = chartExport(t, ctx, "PNG", "MRR over time: Rp")
	press(t, ctx, "button", button)
	_, data = files.next(t, ctx, "the rupiah chart as PNG")
	if w, h := pngSize(t, data); w == 0 || h == 0 {
		t.Errorf("the PNG is %d×%d", w, h)
	}
	if p := log.problems(); len(p) > 0 {
		t.Errorf("console: %q", p)
	}
}

func TestModelDownloadsAsJSONAndOpensAgainFromTheFile(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	log := recordConsole(ctx)
	files := allowDownloads(t, ctx)
	open(t, ctx, srv.url(""))
	saved := typedNRR(t, ctx, "3M")

	press(t, ctx, "link", "Your models")
	press(t, ctx, "button", "Download as a file (.json)")
	name, data := files.next(t, ctx, "the model")
	if name != "nrrlab-model.json" {
		t.Errorf("file name %q, want nrrlab-model.json", name)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("the model file is not JSON: %v\n%.400s", err, data)
	}
	if !bytes.Contains(data, []byte(`"3M"`)) {
		t.Errorf("the model file does not hold the typed Starting ARR 3M:\n%.600s", data)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}

	// The figure changes; the file brings the one it holds back.
	press(t, ctx, "link", "Calculator")
	changed := typedNRR(t, ctx, "7M")
	if changed == saved {
		t.Fatalf("NRR %s did not change with Starting ARR", saved)
	}
	press(t, ctx, "link", "Your models")
	chooseFile(t, ctx, "Open a model file", path)
	waitShown(t, ctx, "“nrrlab-model” is in your models: open it from the list.")
	press(t, ctx, "button", "Open nrrlab-model")
	press(t, ctx, "button", "Open nrrlab-model anyway")
	waitShown(t, ctx, "Opened “nrrlab-model”.")
	press(t, ctx, "link", "Calculator")
	waitText(t, ctx, "status", "Net revenue retention", saved)
	if v := fieldValue(t, ctx, "Starting ARR"); v != "3M" {
		t.Errorf("Starting ARR from the file = %q, want 3M", v)
	}
	if p := log.problems(); len(p) > 0 {
		t.Errorf("console: %q", p)
	}
}
