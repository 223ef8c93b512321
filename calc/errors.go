package calc

import "fmt"

// InputError says which input is wrong and why, in words a user can act on.
// Field is the input's label as the user sees it (one of the Field
// constants), so that a form can show the message at that field.
type InputError struct {
	Field   string
	Problem string
}

func (e *InputError) Error() string { return e.Field + " " + e.Problem }

func inputError(field, format string, args ...any) *InputError {
	return &InputError{Field: field, Problem: fmt.Sprintf(format, args...)}
}
