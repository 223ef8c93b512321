package app

import "nrrlab/app/markup"

// escape makes text safe in HTML the app writes itself.
func escape(s string) string { return markup.Escape(s) }
