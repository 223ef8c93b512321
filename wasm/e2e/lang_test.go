package e2e

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/chromedp/chromedp"

	"nrrlab/calc/lang"
)

// englishLeft matches a text the page shows against every English sentence
// of the catalogue that the language writes differently.
type englishLeft struct {
	exact    map[string]lang.Key
	patterns []keyPattern
}

type keyPattern struct {
	re  *regexp.Regexp
	key lang.Key
}

// verb is a format verb of a key: what an argument becomes.
var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[dsvqf%]`)

// newEnglishLeft reads every key of the catalogue (calc/lang/testdata/
// keys.txt, which lists every sentence the code shows) and keeps those that
// l writes differently from English.
func newEnglishLeft(t testing.TB, l lang.Lang) *englishLeft {
	t.Helper()
	f, err := os.Open("../../calc/lang/testdata/keys.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	e := &englishLeft{exact: map[string]lang.Key{}}
	translated := lang.Export(l)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s, err := strconv.Unquote(sc.Text())
		if err != nil {
			t.Fatalf("keys.txt: %q: %v", sc.Text(), err)
		}
		key := lang.Key(s)
		if tr, ok := translated[key]; ok && tr == s {
			continue // the same in both languages: NRR, MRR, a currency's code
		}
		for _, form := range strings.Split(s, "|") {
			words := 0
			for _, w := range strings.FieldsFunc(verb.ReplaceAllString(form, " "), func(r rune) bool { return !unicode.IsLetter(r) }) {
				if len(w) > 1 {
					words++
				}
			}
			switch {
			case !verb.MatchString(form):
				e.exact[form] = key
			case words >= 2:
				// A sentence with arguments is left in English when its
				// words are, whatever its arguments are: a count is
				// digits, anything else any text.
				var re strings.Builder
				re.WriteString("^")
				last := 0
				for _, loc := range verb.FindAllStringIndex(form, -1) {
					re.WriteString(regexp.QuoteMeta(form[last:loc[0]]))
					switch v := form[loc[0]:loc[1]]; {
					case v == "%%":
						re.WriteString("%")
					case strings.HasSuffix(v, "d"):
						re.WriteString(`[\d.,\s\x{a0}−-]+`)
					default:
						re.WriteString(`.+?`)
					}
					last = loc[1]
				}
				re.WriteString(regexp.QuoteMeta(form[last:]) + "$")
				e.patterns = append(e.patterns, keyPattern{regexp.MustCompile(re.String()), key})
			}
		}
	}
	return e
}

// find returns the key a text is the English of, if any.
func (e *englishLeft) find(text string) (lang.Key, bool) {
	if k, ok := e.exact[text]; ok {
		return k, true
	}
	for _, p := range e.patterns {
		if p.re.MatchString(text) {
			return p.key, true
		}
	}
	return "", false
}

// shownTexts returns every text the page gives a reader: its text nodes,
// the names and descriptions of its elements (aria-label, title, alt,
// placeholder) and its title, each trimmed. Code and SQL are left out:
// they are written in a machine's language, not the user's.
func shownTexts(ctx context.Context) ([]string, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
		const out = [document.title];
		const skip = el => el.closest("pre, code, script, style, [translate=no]");
		const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walk.nextNode(); n; n = walk.nextNode()) {
			const s = n.textContent.trim();
			if (s && !skip(n.parentElement)) out.push(s);
		}
		for (const el of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
			if (skip(el)) continue;
			for (const a of ["aria-label", "title", "alt", "placeholder"]) {
				const s = (el.getAttribute(a) || "").trim();
				if (s) out.push(s);
			}
		}
		for (const m of document.querySelectorAll('meta[name="description"]')) out.push(m.content.trim());
		return out;
	})()`))
}

func TestNoEnglishIsLeftInTheIndonesianAndMalayPages(t *testing.T) {
	for _, l := range []lang.Lang{lang.Indonesian, lang.Malay} {
		t.Run(l.Name(), func(t *testing.T) {
			left := newEnglishLeft(t, l)
			p := lang.Printer{Lang: l}
			ctx := newBrowser(t)
			srv := newServer(t, siteDir)
			// The samples' own cells are the user's data, not the product's
			// words: the customers sample is written in English.
			data := map[string]bool{}
			for _, f := range []string{"web/sample-customers.csv", "web/sample-mrr-id.csv"} {
				for _, line := range strings.Split(string(readFile(t, f)), "\n") {
					for _, cell := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ';' }) {
						data[strings.Trim(strings.TrimSpace(cell), `"`)] = true
					}
				}
			}
			check := func(where string) {
				t.Helper()
				// The page as the engine wrote it for this address, not the
				// one shown while it works.
				if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!document.querySelector(".engine-page[aria-busy=true]")`, chromedp.WithPollingTimeout(patience))); err != nil {
					t.Fatalf("%s: waiting for the page: %v", where, err)
				}
				texts, err := shownTexts(ctx)
				if err != nil {
					t.Fatal(err)
				}
				seen := map[string]bool{}
				for _, s := range texts {
					if k, ok := left.find(s); ok && !seen[s] && !data[s] {
						seen[s] = true
						t.Errorf("%s shows %q, the English of %q", where, s, k)
					}
				}
			}
			for _, page := range []string{"", "data", "scenarios", "benchmarks", "metrics", "models", "no-such-page"} {
				open(t, ctx, srv.url(l.Code()+"/"+page))
				waitFind(t, ctx, "navigation", p.Text("Language"))
				check(fmt.Sprintf("/%s/%s", l.Code(), page))
			}
			// The data page with each kind of result: per customer and
			// monthly.
			open(t, ctx, srv.url(l.Code()+"/data"))
			press(t, ctx, "button", p.Text("Sample: 200 customers, ARR at start and end"))
			waitFind(t, ctx, "table", p.Text("ARR bridge"))
			check(fmt.Sprintf("/%s/data with the customers sample", l.Code()))
			press(t, ctx, "button", p.Text("Sample: Indonesian MRR sheet in rupiah"))
			waitFind(t, ctx, "table", p.Text("Monthly %s movements", "MRR"))
			check(fmt.Sprintf("/%s/data with the rupiah sample", l.Code()))
			// In rupiah: the calculator notes the sample's figures typed in
			// dollars, and the benchmarks page shows the US dollar rate.
			for _, page := range []string{"", "benchmarks"} {
				open(t, ctx, srv.url(l.Code()+"/"+page))
				waitFind(t, ctx, "navigation", p.Text("Language"))
				check(fmt.Sprintf("/%s/%s in rupiah", l.Code(), page))
			}
			waitFind(t, ctx, "textbox", p.Text("US dollar rate"))
		})
	}
}
