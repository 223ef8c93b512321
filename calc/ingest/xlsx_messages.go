package ingest

import "nrrlab/calc/lang"

// The sentences ReadXLSX says to the user, one whole sentence each, so that a
// translation sees them whole. A reason a reader of the standard library
// gives (a zip or XML error) is its own text, in English, in parentheses.

const (
	errXLSXEncrypted   lang.Key = "This workbook is encrypted or in the old .xls format: save it as .xlsx without a password, or as CSV."
	errXLSXODS         lang.Key = "This is an OpenDocument spreadsheet (.ods): save it as .xlsx or as CSV."
	errXLSXBinary      lang.Key = "This workbook is in the binary .xlsb format: save it as .xlsx or as CSV."
	errXLSXNotWorkbook lang.Key = "This file is not an Excel workbook: save the sheet as .xlsx or as CSV."
	errXLSXNotZip      lang.Key = "This workbook is damaged or incomplete (%s): download or save it again."
	errXLSXTooLarge    lang.Key = "The workbook is %d MB; the most NRR Lab reads at once is %d MB."
	errXLSXUnpacked    lang.Key = "The workbook holds more than %d MB once unpacked, the most NRR Lab reads at once: save the sheet you need on its own, or as CSV."
	errXLSXTooManyCell lang.Key = "The sheet %s has more than %d cells, the most NRR Lab reads at once: delete the rows and columns you do not need, or save it as CSV."
	errXLSXTooManyText lang.Key = "The workbook holds more than %d different texts, the most NRR Lab reads at once: save the sheet you need on its own, or as CSV."
	errXLSXMissingPart lang.Key = "This workbook is damaged: it has no part %s; open it in a spreadsheet program and save it again."
	errXLSXNoSheet     lang.Key = "This workbook has no worksheet to read: put the table on its first sheet."
	errXLSXEmptySheet  lang.Key = "The first sheet of this workbook, %s, is empty: put the table on the first sheet."
	errXLSXBadRef      lang.Key = "This workbook is damaged: %s on the sheet %s is not a cell such as C7; open it in a spreadsheet program and save it again."
	errXLSXBadString   lang.Key = "This workbook is damaged: cell %s of the sheet %s refers to text number %d, but the workbook holds %d texts; open it in a spreadsheet program and save it again."
)

// A damaged part, as xlsxDamaged writes it: which part, why, and what to do,
// a sentence each.
const (
	errXLSXDamaged      lang.Key = "This workbook is damaged: its part %s cannot be read."
	errXLSXDamagedOther lang.Key = "This workbook is damaged: its part %s cannot be read (%s)."
	adviceXLSXResave    lang.Key = "Open it in a spreadsheet program and save it again."
	reasonNeverClosed   lang.Key = "The element %s is never closed."
	reasonNotOpened     lang.Key = "An element %s ends that was never opened."
)
