package ingest

// Every user-facing sentence of this package is here, so that a translation
// touches one file.

const (
	expectAmount        = "a number such as 1,200,000, $1.2M or 500K"
	expectRate          = "a percentage such as 105%"
	problemEmpty        = "empty"
	problemNoDigits     = "there is no number in it"
	problemTwoSigns     = "it has more than one minus sign"
	problemSeparators   = "its separators do not make a number: a comma or dot groups three digits, and only the last one can mark decimals"
	problemGroups       = "digits between separators must come in groups of three"
	problemUnknownWord  = "%q is not a currency or a magnitude such as K, M, jt or miliar"
	problemTooLarge     = "it is too large to compute exactly"
	problemPercentMoney = "it has both a currency and a percent sign"
	noteRounded         = "%q has more decimals than a cent; read as %s"
	noteGrouping        = "%q read as %s: the %s groups thousands"
	noteDecimal         = "%q read as %s: the %s marks decimals"
	noteMiliar          = "%q read with M as miliar (thousand million), as with rupiah"
)
