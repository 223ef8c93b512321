package model

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"nrrlab/calc/lang"
)

// A share link carries a model in its fragment (#m=…), which browsers never
// send to any server: the model's texts, scenarios, language and currency,
// and the data page's summary (not its table), as JSON, compressed with
// deflate and written in base64url, after a version: "m=1.…".
const (
	// LinkPrefix starts a share link's fragment.
	LinkPrefix = "m="
	// LinkVersion is the version of the links this version writes.
	LinkVersion = 1
	// maxLinkJSON bounds what a link may inflate to, so that a crafted link
	// cannot fill the memory: a model with six scenarios is about 2 KB.
	maxLinkJSON = 256 << 10
)

// shared is what a link carries: what the user typed and chose, from which
// every figure is read again.
type shared struct {
	Texts     map[string]string `json:"t"`
	Scenarios []sharedScenario  `json:"s,omitempty"`
	Added     int               `json:"a,omitempty"`
	Lang      int               `json:"l,omitempty"`
	Currency  int               `json:"c,omitempty"`
	Data      *DataSummary      `json:"d,omitempty"`
}

type sharedScenario struct {
	Number int               `json:"n"`
	Texts  map[string]string `json:"t"`
}

// Link writes the fragment of a link that carries m: "m=1.…".
func Link(m Model) string {
	s := shared{Texts: m.Texts, Added: m.Added, Lang: int(m.Lang), Currency: int(m.Currency), Data: m.DataSummary}
	for _, sc := range m.Scenarios {
		s.Scenarios = append(s.Scenarios, sharedScenario{Number: sc.Number, Texts: sc.Texts})
	}
	js, err := json.Marshal(s)
	if err != nil {
		panic("encoding a share link: " + err.Error())
	}
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression)
	w.Write(js)
	w.Close()
	return LinkPrefix + strconv.Itoa(LinkVersion) + "." + base64.RawURLEncoding.EncodeToString(b.Bytes())
}

// ErrNotALink is a fragment that is not a share link at all.
var ErrNotALink = lang.Sentence("it is not a link to a model")

// FromLink reads the model a link's fragment carries (with or without its
// "#"). It refuses a truncated or damaged link, and one made by a newer
// version, saying which, in a sentence that follows "This link could not be
// opened: ".
func FromLink(fragment string) (Model, error) {
	f := strings.TrimPrefix(fragment, "#")
	rest, ok := strings.CutPrefix(f, LinkPrefix)
	if !ok {
		return Model{}, ErrNotALink
	}
	ver, payload, ok := strings.Cut(rest, ".")
	n, err := strconv.Atoi(ver)
	switch {
	case !ok || err != nil:
		return Model{}, lang.M("it has no version: it may have been cut short when it was copied")
	case n > LinkVersion:
		return Model{}, ErrNewer
	case n < 1:
		return Model{}, lang.M("its version %d does not exist", n)
	}
	raw, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return Model{}, lang.M("it is damaged: it may have been cut short or changed when it was copied")
	}
	js, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(raw)), maxLinkJSON+1))
	if err != nil {
		return Model{}, lang.M("it is damaged: it may have been cut short or changed when it was copied")
	}
	if len(js) > maxLinkJSON {
		return Model{}, lang.M("it holds more than a model")
	}
	var s shared
	if err := json.Unmarshal(js, &s); err != nil {
		return Model{}, lang.M("it is damaged: what it carries is not a model")
	}
	m := Model{Texts: s.Texts, Added: s.Added, DataSummary: s.Data}
	if s.Lang < 0 || s.Lang > 255 || s.Currency < 0 || s.Currency > 255 {
		return Model{}, lang.M("it is damaged: its language or currency does not exist")
	}
	m.Lang, m.Currency = langOf(s.Lang), currencyOf(s.Currency)
	for _, sc := range s.Scenarios {
		m.Scenarios = append(m.Scenarios, Scenario{Number: sc.Number, Texts: sc.Texts})
	}
	if err := m.normalize(); err != nil {
		return Model{}, err
	}
	if err := m.reread(); err != nil {
		return Model{}, err
	}
	return m, nil
}
