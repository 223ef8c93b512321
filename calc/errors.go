package calc

import "nrrlab/calc/lang"

// InputError says which input is wrong and why, in a whole sentence a user
// can act on. Field is the input's label as the user sees it (one of the
// Field constants), so that a form can show the sentence at that field; Msg
// is the sentence, which names the field itself.
type InputError struct {
	Field lang.Key
	Msg   lang.Msg
}

// Error writes the sentence in English.
func (e *InputError) Error() string { return e.Localize(lang.Printer{}) }

// Localize writes the sentence in p's language.
func (e *InputError) Localize(p lang.Printer) string { return p.Msg(e.Msg) }

func inputError(field, k lang.Key, args ...any) *InputError {
	return &InputError{Field: field, Msg: lang.M(k, args...)}
}
