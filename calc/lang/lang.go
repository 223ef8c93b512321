// Package lang holds every sentence NRR Lab shows, in English, Bahasa
// Indonesia and Bahasa Melayu, and writes counts, percentages and money the
// way each language and currency does (from the CLDR data for the en, id and
// ms locales).
//
// Sentences are looked up by Key in one catalogue per language (en.go, id.go,
// ms.go). Each entry is a format string for package fmt; numbers and money
// passed as arguments are written in the language before formatting, so an
// entry may use %d or %s for them alike. An entry with plural forms separates
// them with "|": English "%d customer|%d customers" picks by the first count
// among the arguments; Indonesian and Malay, which do not inflect for number,
// have one form.
//
// Natively (the page generator, tests) the catalogues are compiled in. In the
// browser they are not: app.wasm loads the catalogue of the page's language
// as JSON (see Export and Load), so that no visitor downloads the languages
// they do not read.
package lang

import "strings"

// Lang is a language of the interface.
type Lang uint8

// The languages, in the order the language switch lists them.
const (
	English Lang = iota
	Indonesian
	Malay
	numLangs
)

// All is every language, in the switch's order.
var All = []Lang{English, Indonesian, Malay}

// Code is the language's BCP 47 tag: en, id, ms. It is the path prefix of the
// language's pages (none for English) and the value of <html lang>.
func (l Lang) Code() string {
	switch l {
	case Indonesian:
		return "id"
	case Malay:
		return "ms"
	}
	return "en"
}

// Name is the language's name in itself, as the language switch shows it.
func (l Lang) Name() string {
	switch l {
	case Indonesian:
		return "Bahasa Indonesia"
	case Malay:
		return "Bahasa Melayu"
	}
	return "English"
}

// Parse reads a language tag as browsers report them (navigator.languages):
// "id", "id-ID", "in" (the old code for Indonesian), "ms", "ms-MY", "en-GB".
// It reports false for any other language.
func Parse(tag string) (Lang, bool) {
	primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
	primary, _, _ = strings.Cut(primary, "_")
	switch primary {
	case "en":
		return English, true
	case "id", "in":
		return Indonesian, true
	case "ms":
		return Malay, true
	}
	return English, false
}

// Prefer picks the interface language from the browser's list, most
// preferred first: the first Indonesian or Malay, else English.
func Prefer(tags []string) Lang {
	for _, t := range tags {
		if l, ok := Parse(t); ok {
			return l
		}
	}
	return English
}
