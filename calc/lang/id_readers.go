package lang

// indonesianReaders holds the table and figure readers' sentences, to be merged
// into indonesian.
//
// They follow the glossary of id.go (row/column/cell → baris/kolom/sel,
// sheet → lembar, amount → jumlah, trial → uji coba, subscription →
// langganan, invoice line → item faktur, service period → periode layanan,
// such as → misalnya, cannot be read → tidak dapat dibaca). Terms of the
// readers added here (English → Indonesian):
//
//	workbook                   → buku kerja (as Excel in Indonesian)
//	worksheet                  → lembar kerja
//	header (row / of a column) → baris judul / judul kolom
//	figures (in a row)         → angka
//	total row / total line     → baris total
//	sum (of rows)              → hasil penjumlahan
//	left out                   → dikeluarkan
//	worth %s (in total)        → senilai (total) %s
//	credit (below zero)        → kredit
//	charge                     → tagihan
//	placeholder (for a name)   → teks pengganti nama
//	customer-month             → kombinasi pelanggan dan bulan
//	id                         → ID
//	non-recurring              → tidak berulang
//	as-of date                 → tanggal acuan
//	interval (billing)         → interval
//	gain / loss (movements)    → penambahan / pengurangan (as id.go's charts)
//	difference                 → selisih
//	does not add up            → tidak cocok
//	magnitude (K, M, jt)       → satuan
//	separator                  → pemisah
//	groups thousands           → memisahkan ribuan (pemisah ribuan)
//	marks decimals             → menandai desimal (pemisah desimal)
//	digit                      → digit
//	sign / minus sign          → tanda / tanda minus
//	bracket                    → tanda kurung
//	percent sign               → tanda persen
//	negative (a number)        → angka negatif
//	cent                       → sen
//	scientific notation        → notasi ilmiah
//	significant digits         → angka penting
//	serial number (of a date)  → nomor seri
//	formula                    → rumus
//	spreadsheet error          → kesalahan spreadsheet (as Excel's help)
//	lookup                     → pencarian
//	day first / month first    → hari lebih dulu / bulan lebih dulu (as id.go)
//	US style                   → gaya AS
//	part / element (of a file) → bagian / elemen
//	encrypted / password       → terenkripsi / kata sandi
//	unpacked                   → diekstrak
//	Expected … (after a cell)  → Yang diharapkan: … (as id.go's "Expected %s.")
//	Expected a column …        → Diperlukan kolom …
//
// An English plural names its example with "such as" and its singular with
// a colon; the one Indonesian form says "misalnya" for both.
var indonesianReaders = map[Key]string{
	// Notices of the table reader: how values were read.
	"%d amount of ARR below zero (a credit) of %s was read as zero ARR: %s in row %d, column %s.|%d amounts of ARR below zero (credits), adding up to %s, were read as zero ARR, such as %s in row %d, column %s.":                                                                                       "%d nilai ARR di bawah nol (kredit), dengan total %s, dibaca sebagai ARR nol, misalnya %s di baris %d, kolom %s.",
	"%d cell below zero (a credit) of %s was read as no revenue for that customer and month: %s in row %d, column %s.|%d cells below zero (credits), adding up to %s, were read as no revenue for that customer and month, such as %s in row %d, column %s.":                                           "%d sel di bawah nol (kredit), dengan total %s, dibaca sebagai tidak ada pendapatan untuk pelanggan dan bulan tersebut, misalnya %s di baris %d, kolom %s.",
	"%d cell holds only a dash, as spreadsheets show zero in accounting format, and was read as zero: %s in row %d, column %s.|%d cells hold only a dash, as spreadsheets show zero in accounting format, and were read as zero, such as %s in row %d, column %s.":                                     "%d sel hanya berisi tanda hubung, cara spreadsheet menampilkan nol dalam format akuntansi, dan dibaca sebagai nol, misalnya %s di baris %d, kolom %s.",
	"%d customer shares a name with another id and is shown with its id: %s.|%d customers share a name with another id and are shown with their id, such as %s.":                                                                                                                                     "%d pelanggan memiliki nama yang sama dengan ID lain dan ditampilkan bersama ID-nya, misalnya %s.",
	"%d customer-month appears on several rows, which were added together: %s in %s.|%d customer-months appear on several rows and were added together, such as %s in %s.":                                                                                                                           "%d kombinasi pelanggan dan bulan muncul di beberapa baris, dan baris-baris itu dijumlahkan, misalnya %s pada %s.",
	"%d customer-month, %s in %s, had more credits than charges (%s) and counts as no revenue.|%d customer-months, such as %s in %s, had more credits than charges (%s in total) and count as no revenue.":                                                                                            "%d kombinasi pelanggan dan bulan, misalnya %s pada %s, memiliki kredit lebih besar daripada tagihan (total %s) dan dihitung sebagai tidak ada pendapatan.",
	"%d invoice line, row %d, has no service period and counts in full in the month of its date in column %s.|%d invoice lines, such as row %d, have no service period and count in full in the month of their date in column %s.":                                                                     "%d item faktur, misalnya baris %d, tidak memiliki periode layanan dan dihitung penuh pada bulan tanggalnya di kolom %s.",
	"%d more cell cannot be read.|%d more cells cannot be read.":                                                                                                                                                                                                                                      "Masih ada %d sel lain yang tidak dapat dibaca.",
	"%d more total row differs from the sums of its rows in a few columns.|%d more total rows differ from the sums of their rows in a few columns.":                                                                                                                                                   "%d baris total lain berbeda dari hasil penjumlahan barisnya di beberapa kolom.",
	"%d row has figures and a placeholder for a name, %s in row %d; it was read as a customer named %s.|%d rows have figures and a placeholder for a name, such as %s in row %d; each was read as a customer named after its row, such as %s.":                                                         "%d baris berisi angka dan teks pengganti nama, misalnya %s di baris %d; setiap baris itu dibaca sebagai pelanggan yang dinamai menurut barisnya, misalnya %s.",
	"%d row has figures but no customer name: row %d; it was read as a customer named %s.|%d rows have figures but no customer name, such as row %d; each was read as a customer named after its row, such as %s.":                                                                                     "%d baris berisi angka tetapi tidak memiliki nama pelanggan, misalnya baris %d; setiap baris itu dibaca sebagai pelanggan yang dinamai menurut barisnya, misalnya %s.",
	"%d row named like a total, row %d (%s), holds figures that are not the sums of the rows above; it was read as a customer.|%d rows named like a total, such as row %d (%s), hold figures that are not the sums of the rows above; they were read as customers.":                                   "%d baris yang namanya seperti baris total, misalnya baris %d (%s), berisi angka yang bukan hasil penjumlahan baris di atasnya; baris itu dibaca sebagai pelanggan.",
	"%d row repeats a customer named on an earlier row, and its amounts were added to theirs: %s in row %d.|%d rows repeat a customer named on an earlier row, and their amounts were added together, such as %s in row %d.":                                                                           "%d baris mengulang pelanggan yang sudah disebut di baris sebelumnya, dan jumlahnya ditambahkan ke baris itu, misalnya %s di baris %d.",
	"%d value in column %s, %s, is a spreadsheet serial number and was read as a date (%s is %s).|%d values in column %s such as %s are spreadsheet serial numbers and were read as dates (%s is %s).":                                                                                                 "%d nilai di kolom %s, misalnya %s, adalah nomor seri tanggal spreadsheet dan dibaca sebagai tanggal (%s adalah %s).",
	"%d value was read with the comma grouping thousands: %s in row %d, column %s.|%d values were read with the comma grouping thousands, such as %s in row %d, column %s.":                                                                                                                           "%d nilai dibaca dengan koma sebagai pemisah ribuan, misalnya %s di baris %d, kolom %s.",
	"%d value was read with the comma marking decimals, as elsewhere in its column: %s in row %d, column %s.|%d values were read with the comma marking decimals, as elsewhere in their column, such as %s in row %d, column %s.":                                                                     "%d nilai dibaca dengan koma sebagai pemisah desimal, seperti di bagian lain kolomnya, misalnya %s di baris %d, kolom %s.",
	"%d value was read with the dot grouping thousands: %s in row %d, column %s.|%d values were read with the dot grouping thousands, such as %s in row %d, column %s.":                                                                                                                               "%d nilai dibaca dengan titik sebagai pemisah ribuan, misalnya %s di baris %d, kolom %s.",
	"%d value was read with the dot marking decimals, as elsewhere in its column: %s in row %d, column %s.|%d values were read with the dot marking decimals, as elsewhere in their column, such as %s in row %d, column %s.":                                                                         "%d nilai dibaca dengan titik sebagai pemisah desimal, seperti di bagian lain kolomnya, misalnya %s di baris %d, kolom %s.",
	"%s: column %s":                         "%s: kolom %s",
	"Amounts are MRR (column %s says so) and were multiplied by 12 into ARR.": "Jumlahnya adalah MRR (seperti disebutkan kolom %s) dan dikalikan 12 menjadi ARR.",
	"Customers are told apart by column %s: %d of them have no usable name in column %s and are shown by their id, such as %s.": "Pelanggan dibedakan berdasarkan kolom %s: %d di antaranya tidak memiliki nama yang dapat dipakai di kolom %s dan ditampilkan dengan ID-nya, misalnya %s.",
	"Months: columns %s (%s) to %s (%s)":    "Bulan: kolom %s (%s) sampai %s (%s)",
	"No row of the table adds recurring revenue.": "Tidak ada baris dalam tabel yang menambah pendapatan berulang.",

	// Total rows.
	"Left out %d total row whose figures are the sums of the rows above it: row %d (%s).|Left out %d total rows whose figures are the sums of the rows above them, such as row %d (%s).":                                             "%d baris total yang angkanya merupakan hasil penjumlahan baris di atasnya dikeluarkan, misalnya baris %d (%s).",
	"Left out %d total row whose figures are the sums of the rows above it: row %d, which has no name.|Left out %d total rows whose figures are the sums of the rows above them, such as row %d, which has no name.":                 "%d baris total yang angkanya merupakan hasil penjumlahan baris di atasnya dikeluarkan, misalnya baris %d, yang tidak memiliki nama.",
	"Row %d is the total of the rows above: it matches in %d of %d columns; %s differs by %s and %s by %s.": "Baris %d adalah total baris di atasnya: cocok di %d dari %d kolom; %s berselisih %s dan %s berselisih %s.",
	"Row %d is the total of the rows above: it matches in %d of %d columns; %s differs by %s.":              "Baris %d adalah total baris di atasnya: cocok di %d dari %d kolom; %s berselisih %s.",
	"Row %d is the total of the rows above: it matches in %d of %d columns; %s holds %s, which cannot be read.":  "Baris %d adalah total baris di atasnya: cocok di %d dari %d kolom; %s berisi %s, yang tidak dapat dibaca.",
	"Row %d is the total of the rows above: it matches in %d of %d columns; it differs in %d columns, most in %s, by %s.": "Baris %d adalah total baris di atasnya: cocok di %d dari %d kolom; berbeda di %d kolom, paling besar di %s, dengan selisih %s.",

	// Left out and skipped rows.
	"Left out %d row that could not be read; the amounts that could be read in it add up to %s of ARR at start and %s at end.|Left out %d rows that could not be read; the amounts that could be read in them add up to %s of ARR at start and %s at end.": "%d baris yang tidak dapat dibaca dikeluarkan; jumlah yang masih dapat dibaca di dalamnya bernilai total %s untuk ARR di awal dan %s untuk ARR di akhir.",
	"Left out %d row that could not be read; the amounts that could be read in it add up to %s.|Left out %d rows that could not be read; the amounts that could be read in them add up to %s.":                                                             "%d baris yang tidak dapat dibaca dikeluarkan; jumlah yang masih dapat dibaca di dalamnya bernilai total %s.",
	"Left out %d non-recurring row, row %d, worth %s.|Left out %d non-recurring rows, such as row %d, worth %s in total.":                                                                                                                                 "%[1]d baris pendapatan tidak berulang senilai total %[3]s dikeluarkan, misalnya baris %[2]d.",
	"Left out %d trial row, row %d, worth %s.|Left out %d trial rows, such as row %d, worth %s in total.":                                                                                                                                                 "%[1]d baris uji coba senilai total %[3]s dikeluarkan, misalnya baris %[2]d.",
	"Left out %d total line with no start date: row %d (%s).|Left out %d total lines with no start date, such as row %d (%s).":                                                                                                                           "%d baris total tanpa tanggal mulai dikeluarkan, misalnya baris %d (%s).",
	"Left out %d total row, row %d (%s).|Left out %d total rows, such as row %d (%s).":                                                                                                                                                                   "%d baris total dikeluarkan, misalnya baris %d (%s).",

	// Cells that cannot be read: where, then what is wrong.
	"Row %d, column %s: %s cannot be read.": "Baris %d, kolom %s: %s tidak dapat dibaca.",
	"Row %d, column %s is empty.":           "Baris %d, kolom %s kosong.",
	"%s cannot be read.":                    "%s tidak dapat dibaca.",
	"The cell is empty.":                    "Sel ini kosong.",
	"It is a percentage: a rate, not an amount.": "Ini persentase, bukan jumlah.",
	"It is a formula, not its value: the sheet was exported with formulas; export or paste the values instead.": "Ini rumus, bukan nilainya: lembar ini diekspor beserta rumusnya; ekspor atau tempel nilainya saja.",
	"The column was too narrow to show this number: widen it in the sheet and copy again.":                      "Kolomnya terlalu sempit untuk menampilkan angka ini: lebarkan kolom itu di lembar Anda lalu salin lagi.",
	"It is a date, and this column holds amounts.":                                                              "Ini tanggal, padahal kolom ini berisi jumlah.",
	"It looks like a date stored as a spreadsheet serial number: format the column as dates and export again.": "Ini tampaknya tanggal yang tersimpan sebagai nomor seri spreadsheet: format kolomnya sebagai tanggal lalu ekspor lagi.",
	"It is written like a date, but no such month exists.":                                                      "Ini ditulis seperti tanggal, tetapi bulan tersebut tidak ada.",
	"It is the spreadsheet error #N/A: a lookup or formula found no value.":                                     "Ini kesalahan spreadsheet #N/A: pencarian atau rumus tidak menemukan nilai.",
	"It is the spreadsheet error #REF!: a formula refers to cells that were deleted.":                           "Ini kesalahan spreadsheet #REF!: sebuah rumus merujuk ke sel yang sudah dihapus.",
	"It is the spreadsheet error #DIV/0!: a formula divides by zero.":                                           "Ini kesalahan spreadsheet #DIV/0!: sebuah rumus membagi dengan nol.",
	"It is the spreadsheet error #VALUE!: a formula was given text where it needed a number.":                   "Ini kesalahan spreadsheet #VALUE!: sebuah rumus menerima teks padahal membutuhkan angka.",
	"It is the spreadsheet error #NAME?: a formula uses a name or function the spreadsheet does not know.":      "Ini kesalahan spreadsheet #NAME?: sebuah rumus memakai nama atau fungsi yang tidak dikenal spreadsheet.",
	"It is the spreadsheet error #NUM!: a formula's result is not a number the spreadsheet can hold.":           "Ini kesalahan spreadsheet #NUM!: hasil sebuah rumus bukan angka yang dapat disimpan spreadsheet.",
	"It is the spreadsheet error %s: the formula behind this cell failed.":                                      "Ini kesalahan spreadsheet %s: rumus di balik sel ini gagal.",
}

func init() {
	for k, v := range indonesianReaders {
		indonesian[k] = v
	}
}
