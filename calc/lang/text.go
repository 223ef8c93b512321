package lang

import (
	"fmt"
	"strings"
)

// Key is a sentence as it reads in English, which names it in the other
// catalogues: code says what it shows, and a translation that is missing
// shows the English rather than nothing.
type Key string

// texts are the Indonesian and Malay catalogues in use: compiled in natively,
// loaded from JSON in the browser. English needs none.
var texts [numLangs]map[Key]string

// Load makes t the catalogue of l.
func Load(l Lang, t map[Key]string) {
	if l < numLangs && l != English {
		texts[l] = t
	}
}

// Loaded reports whether l's sentences are at hand: English always is.
func Loaded(l Lang) bool { return l == English || l < numLangs && texts[l] != nil }

// Export returns l's compiled catalogue, for the page generator to write as
// JSON; nil for English, and where the catalogues are not compiled in.
func Export(l Lang) map[Key]string {
	if l >= numLangs {
		return nil
	}
	return compiled[l]
}

// compiled are the catalogues in the binary: set natively only, so that
// app.wasm does not carry them.
var compiled [numLangs]map[Key]string

// format returns the format string of k in l, or k itself, in English, when
// l has no entry for it.
func format(l Lang, k Key) string {
	if l != English && l < numLangs {
		if t, ok := texts[l][k]; ok && t != "" {
			return t
		}
	}
	return string(k)
}

// Count is a number of things (customers, rows, months): written with the
// language's grouping, and the count that picks a plural form.
type Count int

// Quote is a text the user typed, shown in quotation marks, cut to its first
// 40 characters.
type Quote string

// MaxQuoted is how much of a user's text a message repeats.
const MaxQuoted = 40

// Msg is a sentence before it is written in a language: a catalogue key and
// its arguments. Calc packages return and report Msgs, so that the page shows
// them in the user's language; as an error, a Msg reads in English.
type Msg struct {
	Key  Key
	Args []any
}

// M returns the Msg of k with args.
func M(k Key, args ...any) Msg { return Msg{Key: k, Args: args} }

// Error writes the message in English.
func (m Msg) Error() string { return Printer{}.Msg(m) }

// String writes the message in English.
func (m Msg) String() string { return m.Error() }

// Printer writes sentences, counts, percentages and money in one language,
// with amounts in one currency.
type Printer struct {
	Lang     Lang
	Currency Currency
}

// Text writes the sentence k with args in p's language.
func (p Printer) Text(k Key, args ...any) string {
	f := format(p.Lang, k)
	if strings.IndexByte(f, '|') >= 0 {
		f = p.pluralForm(f, args)
	}
	if len(args) == 0 {
		return f
	}
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = p.arg(a)
	}
	return fmt.Sprintf(f, out...)
}

// Msg writes m in p's language.
func (p Printer) Msg(m Msg) string { return p.Text(m.Key, m.Args...) }

// written is an argument already written in the language: it prints as
// itself whatever the verb (%d, %s, %v).
type written string

func (w written) Format(f fmt.State, verb rune) { f.Write([]byte(w)) }

// arg writes the arguments that depend on the language.
func (p Printer) arg(a any) any {
	switch v := a.(type) {
	case Count:
		return written(p.Int(int64(v)))
	case int:
		return written(p.Int(int64(v)))
	case Quote:
		return written(p.Quote(string(v)))
	case Msg:
		return written(p.Msg(v))
	case Amount:
		return written(p.Money(int64(v)))
	case ShortAmount:
		return written(p.Short(int64(v)))
	case Percent:
		return written(p.Percent(float64(v)))
	case Key:
		return written(p.Text(v))
	}
	return a
}

// pluralForm picks the form of a plural entry for the first count among args.
func (p Printer) pluralForm(f string, args []any) string {
	forms := strings.Split(f, "|")
	n, found := int64(0), false
	for _, a := range args {
		switch v := a.(type) {
		case Count:
			n, found = int64(v), true
		case int:
			n, found = int64(v), true
		}
		if found {
			break
		}
	}
	if p.Lang == English && found && n == 1 || len(forms) == 1 {
		return forms[0]
	}
	return forms[len(forms)-1]
}

// Quote writes a user's text in quotation marks, at most MaxQuoted
// characters of it, with an ellipsis when cut.
func (p Printer) Quote(s string) string {
	n := 0
	for i := range s {
		if n == MaxQuoted {
			return "“" + s[:i] + "…”"
		}
		n++
	}
	return "“" + s + "”"
}

// Sentence is a sentence with no arguments as an error that can be compared
// (a sentinel, for errors.Is): it reads in English, and in the user's
// language through Of.
type Sentence Key

func (s Sentence) Error() string { return string(s) }

// Of returns err as a Msg: itself when it is one, else its text as an
// English sentence, which a catalogue may still translate.
func Of(err error) Msg {
	switch m := err.(type) {
	case Msg:
		return m
	case Sentence:
		return Msg{Key: Key(m)}
	}
	if m, ok := err.(*Msg); ok && m != nil {
		return *m
	}
	return Msg{Key: Key(err.Error())}
}
