package ingest

// The sentences ReadXLSX says to the user, one whole sentence each, so that a
// translation sees them whole.

const (
	errXLSXEncrypted   = "this workbook is encrypted or in the old .xls format: save it as .xlsx without a password, or as CSV"
	errXLSXODS         = "this is an OpenDocument spreadsheet (.ods): save it as .xlsx or as CSV"
	errXLSXBinary      = "this workbook is in the binary .xlsb format: save it as .xlsx or as CSV"
	errXLSXNotWorkbook = "this file is not an Excel workbook: save the sheet as .xlsx or as CSV"
	errXLSXNotZip      = "this workbook is damaged or incomplete (%s): download or save it again"
	errXLSXTooLarge    = "the workbook is %d MB; the most NRR Lab reads at once is %d MB"
	errXLSXUnpacked    = "the workbook holds more than %d MB once unpacked, the most NRR Lab reads at once: save the sheet you need on its own, or as CSV"
	errXLSXTooManyCell = "the sheet %q has more than %d cells, the most NRR Lab reads at once: delete the rows and columns you do not need, or save it as CSV"
	errXLSXTooManyText = "the workbook holds more than %d different texts, the most NRR Lab reads at once: save the sheet you need on its own, or as CSV"
	errXLSXDamaged     = "this workbook is damaged: its part %s cannot be read (%s); open it in a spreadsheet program and save it again"
	errXLSXMissingPart = "this workbook is damaged: it has no part %s; open it in a spreadsheet program and save it again"
	errXLSXNoSheet     = "this workbook has no worksheet to read: put the table on its first sheet"
	errXLSXEmptySheet  = "the first sheet of this workbook, %q, is empty: put the table on the first sheet"
	errXLSXBadRef      = "this workbook is damaged: %q on the sheet %q is not a cell such as C7; open it in a spreadsheet program and save it again"
	errXLSXBadString   = "this workbook is damaged: cell %s of the sheet %q refers to text number %d, but the workbook holds %d texts; open it in a spreadsheet program and save it again"
)

// Why a part is damaged, shown in the parentheses of errXLSXDamaged beside
// the standard library's own reasons, such as an XML syntax error.
const (
	reasonNeverClosed = "the element %s is never closed"
	reasonNotOpened   = "the end of an element %s that was never opened"
)
