package model

import (
	"encoding/json"
	"fmt"

	"nrrlab/calc/lang"
)

// Version is the schema version of the saved work this version writes.
// Saved work of an older version is read and migrated; of a newer one,
// refused with a message that says so.
const Version = 2

// saved is the saved work as it is stored: its schema version and the
// model. Version 1 is go-app's state wrapper, {"Value": model, "ExpiresAt":
// …}, which the first versions wrote.
type saved struct {
	V     int    `json:"v"`
	Model *Model `json:"model"`
}

// legacy is version 1.
type legacy struct {
	Value *Model
}

// ErrNewer is saved work or a link made by a newer version of NRR Lab.
var ErrNewer = lang.Sentence("it was made by a newer version of NRR Lab")

// Encode writes the model as saved work of the current version.
func Encode(m Model) []byte {
	b, err := json.Marshal(saved{V: Version, Model: &m})
	if err != nil {
		// A Model is maps, slices and numbers: it always encodes.
		panic("encoding the working state: " + err.Error())
	}
	return b
}

// Decode reads saved work of any version up to the current one, migrates it,
// and checks that it is whole: maps where there must be maps, a language and
// a currency that exist, at most MaxScenarios scenarios, figures that hold
// (or else the sample's, until the texts are read again: the engine reads
// every field on every request, so a file edited by hand cannot keep
// figures its fields do not say). It reports why it cannot, in a sentence
// that follows "Your saved work could not be read: ".
func Decode(data []byte) (Model, error) {
	var probe struct {
		V     *int            `json:"v"`
		Value json.RawMessage `json:"Value"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return Model{}, lang.M("it is not what NRR Lab writes (%s)", err.Error())
	}
	var m *Model
	switch {
	case probe.V == nil && probe.Value != nil:
		var l legacy
		if err := json.Unmarshal(data, &l); err != nil || l.Value == nil {
			return Model{}, lang.M("it is not what NRR Lab writes (%s)", fmt.Sprint(err))
		}
		m = l.Value
	case probe.V == nil:
		return Model{}, lang.M("it has no version")
	case *probe.V > Version:
		return Model{}, ErrNewer
	case *probe.V < 1:
		return Model{}, lang.M("its version %d does not exist", *probe.V)
	default:
		var s saved
		if err := json.Unmarshal(data, &s); err != nil || s.Model == nil {
			return Model{}, lang.M("it is not what NRR Lab writes (%s)", fmt.Sprint(err))
		}
		m = s.Model
	}
	if err := m.normalize(); err != nil {
		return Model{}, err
	}
	if m.Figures.Validate() != nil || m.Years < 1 || m.Years > 50 {
		sample := Sample()
		m.Figures, m.Years = sample.Figures, sample.Years
	}
	return *m, nil
}

// normalize makes a model read from outside safe to use: empty maps
// instead of nil ones, a known language and currency, scenarios within the
// limit and numbered below Added.
func (m *Model) normalize() error {
	if m.Texts == nil {
		return lang.M("it holds no figures")
	}
	if m.Lang >= lang.Lang(len(lang.All)) {
		return lang.M("its language %d does not exist", int(m.Lang))
	}
	if int(m.Currency) >= len(lang.Currencies) {
		return lang.M("its currency %d does not exist", int(m.Currency))
	}
	if len(m.Scenarios) > MaxScenarios {
		return lang.M("it has %d scenarios; NRR Lab keeps %d at most", len(m.Scenarios), MaxScenarios)
	}
	for i := range m.Scenarios {
		if m.Scenarios[i].Texts == nil {
			m.Scenarios[i].Texts = map[string]string{}
		}
		if m.Scenarios[i].Number > m.Added {
			m.Added = m.Scenarios[i].Number
		}
	}
	return nil
}

// reread reads every figure of a model again from its texts: a link carries
// texts only. When the texts do not read, the sample's figures stand in
// until the user corrects them.
func (m *Model) reread() error {
	m.Figures, m.Years, m.NewARR = Sample().Figures, DefaultYears, 0
	ReadCalculator(m, lang.Printer{})
	for i := range m.Scenarios {
		ReadScenario(&m.Scenarios[i], m.Figures.Start, lang.Printer{})
	}
	if err := m.Figures.Validate(); err != nil {
		return lang.M("its figures do not hold (%s)", lang.Printer{}.Msg(lang.Of(err)))
	}
	return nil
}
