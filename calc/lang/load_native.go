//go:build !js

package lang

// Natively the catalogues are compiled in and in use: the page generator
// pre-renders every page in every language, and tests read them.
func init() {
	compiled[Indonesian], compiled[Malay] = indonesian, malay
	texts = compiled
}
