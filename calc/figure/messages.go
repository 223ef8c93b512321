package figure

import "nrrlab/calc/lang"

// Every user-facing sentence of this package is here, so that a translation
// touches one file. Each is a whole sentence, a key of the catalogues in
// calc/lang: a text the user typed is its argument as a lang.Quote.

// ExpectAmount says what an amount looks like. calc/ingest ends its messages
// about cells of amounts with it.
const ExpectAmount lang.Key = "Expected a number such as 1,200,000, $1.2M or 500K."

// What a FigureError says first: the text, and that it is not an amount.
const errFigure lang.Key = "%s is not an amount."

// Problems: what is wrong with a text, one sentence each, after errFigure.
// Their arguments are parts of the text, as lang.Quote.
const (
	// ProblemEmpty says a text or cell holds nothing.
	ProblemEmpty lang.Key = "It is empty."
	// ProblemTooLarge says a figure is beyond what is computed exactly.
	ProblemTooLarge lang.Key = "It is too large to compute exactly."

	problemNoDigits             lang.Key = "There is no number in it."
	problemTwoSigns             lang.Key = "It has more than one sign: write one minus sign before the number, as -5."
	problemSignAfter            lang.Key = "A plus or minus sign can only come before the number: write a negative as -5 or (5)."
	problemSignAndBrackets      lang.Key = "It has both a sign and brackets: write a negative with one of them, as -5 or (5)."
	problemBracketUnclosed      lang.Key = "A bracket opens and never closes: write a negative as (5)."
	problemBracketUnopened      lang.Key = "A bracket closes that never opened: write a negative as (5)."
	problemBracketsTwice        lang.Key = "It has brackets inside brackets: write a negative with one pair, as (5)."
	problemBracketPlace         lang.Key = "Brackets go around the whole amount, as (1,234)."
	problemSeparators           lang.Key = "Its separators do not make a number: a comma or dot groups three digits, and only the last one can mark decimals."
	problemGroups               lang.Key = "Digits between separators must come in groups of three."
	problemUnknownWord          lang.Key = "%s is not a currency or a magnitude such as K, M, jt or miliar."
	problemNotAWordWeKnow       lang.Key = "It is not a currency or a magnitude such as K, M, jt or miliar."
	problemOtherCurrency        lang.Key = "NRR Lab does not read amounts in %s: type the amount without it."
	problemOtherDigit           lang.Key = "%s is a digit NRR Lab does not read: type the figure with the digits 0 to 9."
	problemStray                lang.Key = "%s cannot be part of a number."
	problemTwoNumbers           lang.Key = "It holds more than one number."
	problemDigitsAfterMagnitude lang.Key = "Digits follow the magnitude %s: write the decimals before it, as 1.5K, or the whole figure, as 1500."
	problemMagnitudePlace       lang.Key = "A magnitude such as K or M comes after the number, as 500K."
	problemTwoMagnitudes        lang.Key = "It has two magnitudes, %s and %s: write one, as 500K or 2.5M."
	problemMagnitudePercent     lang.Key = "A percentage cannot have a magnitude such as K or M: write the rate itself, as 105%."
	problemPercentPlace         lang.Key = "The percent sign comes after the number, as 105%."
	problemTwoPercents          lang.Key = "It has more than one percent sign."
	problemCurrencyTwice        lang.Key = "It writes its currency twice: write it once, as $500 or Rp 5.000."
	problemTwoCurrencies        lang.Key = "It names two currencies, %s and %s."
	problemPercentMoney         lang.Key = "It has both a currency and a percent sign."
	problemScientificForm       lang.Key = "In scientific notation such as 1.23E+11, the digits before the E can have a decimal separator and nothing else."
	problemScientificCents      lang.Key = "In scientific notation it is not a whole number of cents: format the column as a number with two decimals and export it again."
	problemScientificMagnitude  lang.Key = "A number in scientific notation such as 1.2E+6 cannot also have a magnitude such as K or M."
)

// Notes: how an ambiguous text was read. The first argument is the text as
// a lang.Quote, the second what it was read as (digits, not words).
const (
	noteRounded       lang.Key = "%s has more decimals than a cent and was read as %s."
	noteGroupingComma lang.Key = "%s was read as %s: the comma groups thousands."
	noteGroupingDot   lang.Key = "%s was read as %s: the dot groups thousands."
	noteDecimalComma  lang.Key = "%s was read as %s: the comma marks decimals."
	noteDecimalDot    lang.Key = "%s was read as %s: the dot marks decimals."
	noteMiliar        lang.Key = "%s was read with M as miliar (thousand million), as with rupiah."
	noteScientific    lang.Key = "%s was read as %s: scientific notation keeps %d significant digit, so the spreadsheet may have rounded the real figure; format the column as a number and export it again to read it exactly.|%s was read as %s: scientific notation keeps %d significant digits, so the spreadsheet may have rounded the real figure; format the column as a number and export it again to read it exactly."
)
