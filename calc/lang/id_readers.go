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
	"%d amount of ARR below zero (a credit) of %s was read as zero ARR: %s in row %d, column %s.|%d amounts of ARR below zero (credits), adding up to %s, were read as zero ARR, such as %s in row %d, column %s.":                                                 "%d nilai ARR di bawah nol (kredit), dengan total %s, dibaca sebagai ARR nol, misalnya %s di baris %d, kolom %s.",
	"%d cell below zero (a credit) of %s was read as no revenue for that customer and month: %s in row %d, column %s.|%d cells below zero (credits), adding up to %s, were read as no revenue for that customer and month, such as %s in row %d, column %s.":       "%d sel di bawah nol (kredit), dengan total %s, dibaca sebagai tidak ada pendapatan untuk pelanggan dan bulan tersebut, misalnya %s di baris %d, kolom %s.",
	"%d cell holds only a dash, as spreadsheets show zero in accounting format, and was read as zero: %s in row %d, column %s.|%d cells hold only a dash, as spreadsheets show zero in accounting format, and were read as zero, such as %s in row %d, column %s.": "%d sel hanya berisi tanda hubung, cara spreadsheet menampilkan nol dalam format akuntansi, dan dibaca sebagai nol, misalnya %s di baris %d, kolom %s.",
	"%d customer shares a name with another id and is shown with its id: %s.|%d customers share a name with another id and are shown with their id, such as %s.":                                                                                                   "%d pelanggan memiliki nama yang sama dengan pelanggan ber-ID lain dan ditampilkan bersama ID-nya, misalnya %s.",
	"%d customer-month appears on several rows, which were added together: %s in %s.|%d customer-months appear on several rows and were added together, such as %s in %s.":                                                                                         "%d kombinasi pelanggan dan bulan muncul di beberapa baris, dan baris-baris itu dijumlahkan, misalnya %s pada %s.",
	"%d customer-month, %s in %s, had more credits than charges (%s) and counts as no revenue.|%d customer-months, such as %s in %s, had more credits than charges (%s in total) and count as no revenue.":                                                         "%d kombinasi pelanggan dan bulan, misalnya %s pada %s, memiliki kredit lebih besar daripada tagihan (total %s) dan dihitung sebagai tidak ada pendapatan.",
	"%d invoice line, row %d, has no service period and counts in full in the month of its date in column %s.|%d invoice lines, such as row %d, have no service period and count in full in the month of their date in column %s.":                                 "%d item faktur, misalnya baris %d, tidak memiliki periode layanan dan dihitung penuh pada bulan tanggalnya di kolom %s.",
	"%d more cell cannot be read.|%d more cells cannot be read.":                                                                                    "Masih ada %d sel lain yang tidak dapat dibaca.",
	"%d more total row differs from the sums of its rows in a few columns.|%d more total rows differ from the sums of their rows in a few columns.": "%d baris total lain berbeda dari hasil penjumlahan barisnya di beberapa kolom.",
	"%d row has figures and a placeholder for a name, %s in row %d; it was read as a customer named %s.|%d rows have figures and a placeholder for a name, such as %s in row %d; each was read as a customer named after its row, such as %s.":                      "%d baris berisi angka dan teks pengganti nama, misalnya %s di baris %d; setiap baris itu dibaca sebagai pelanggan yang dinamai menurut barisnya, misalnya %s.",
	"%d row has figures but no customer name: row %d; it was read as a customer named %s.|%d rows have figures but no customer name, such as row %d; each was read as a customer named after its row, such as %s.":                                                  "%d baris berisi angka tetapi tidak memiliki nama pelanggan, misalnya baris %d; setiap baris itu dibaca sebagai pelanggan yang dinamai menurut barisnya, misalnya %s.",
	"%d row named like a total, row %d (%s), holds figures that are not the sums of the rows above; it was read as a customer.|%d rows named like a total, such as row %d (%s), hold figures that are not the sums of the rows above; they were read as customers.": "%d baris yang namanya seperti baris total, misalnya baris %d (%s), berisi angka yang bukan hasil penjumlahan baris di atasnya; baris itu dibaca sebagai pelanggan.",
	"%d row repeats a customer named on an earlier row, and its amounts were added to theirs: %s in row %d.|%d rows repeat a customer named on an earlier row, and their amounts were added together, such as %s in row %d.":                                        "%d baris mengulang pelanggan yang sudah disebut di baris sebelumnya, dan jumlahnya ditambahkan ke baris itu, misalnya %s di baris %d.",
	"%d value in column %s, %s, is a spreadsheet serial number and was read as a date (%s is %s).|%d values in column %s such as %s are spreadsheet serial numbers and were read as dates (%s is %s).":                                                              "%d nilai di kolom %s, misalnya %s, adalah nomor seri tanggal spreadsheet dan dibaca sebagai tanggal (%s adalah %s).",
	"%d value was read with the comma grouping thousands: %s in row %d, column %s.|%d values were read with the comma grouping thousands, such as %s in row %d, column %s.":                                                                                         "%d nilai dibaca dengan koma sebagai pemisah ribuan, misalnya %s di baris %d, kolom %s.",
	"%d value was read with the comma marking decimals, as elsewhere in its column: %s in row %d, column %s.|%d values were read with the comma marking decimals, as elsewhere in their column, such as %s in row %d, column %s.":                                   "%d nilai dibaca dengan koma sebagai pemisah desimal, seperti di bagian lain kolomnya, misalnya %s di baris %d, kolom %s.",
	"%d value was read with the dot grouping thousands: %s in row %d, column %s.|%d values were read with the dot grouping thousands, such as %s in row %d, column %s.":                                                                                             "%d nilai dibaca dengan titik sebagai pemisah ribuan, misalnya %s di baris %d, kolom %s.",
	"%d value was read with the dot marking decimals, as elsewhere in its column: %s in row %d, column %s.|%d values were read with the dot marking decimals, as elsewhere in their column, such as %s in row %d, column %s.":                                       "%d nilai dibaca dengan titik sebagai pemisah desimal, seperti di bagian lain kolomnya, misalnya %s di baris %d, kolom %s.",
	"%s: column %s": "%s: kolom %s",
	"Amounts are MRR (column %s says so) and were multiplied by 12 into ARR.":                                                   "Jumlahnya adalah MRR (seperti disebutkan kolom %s) dan dikalikan 12 menjadi ARR.",
	"Customers are told apart by column %s: %d of them have no usable name in column %s and are shown by their id, such as %s.": "Pelanggan dibedakan berdasarkan kolom %s: %d di antaranya tidak memiliki nama yang dapat dipakai di kolom %s dan ditampilkan dengan ID-nya, misalnya %s.",
	"Months: columns %s (%s) to %s (%s)":          "Bulan: kolom %s (%s) sampai %s (%s)",
	"No row of the table adds recurring revenue.": "Tidak ada baris dalam tabel yang menambah pendapatan berulang.",

	// Total rows.
	"Left out %d total row whose figures are the sums of the rows above it: row %d (%s).|Left out %d total rows whose figures are the sums of the rows above them, such as row %d (%s).":                             "%d baris total yang angkanya merupakan hasil penjumlahan baris di atasnya dikeluarkan, misalnya baris %d (%s).",
	"Left out %d total row whose figures are the sums of the rows above it: row %d, which has no name.|Left out %d total rows whose figures are the sums of the rows above them, such as row %d, which has no name.": "%d baris total yang angkanya merupakan hasil penjumlahan baris di atasnya dikeluarkan, misalnya baris %d, yang tidak memiliki nama.",
	"Row %d is the total of the rows above: it matches in %d of %d columns; %s differs by %s and %s by %s.":                                                                                                          "Baris %d adalah total baris di atasnya: cocok di %d dari %d kolom; %s berselisih %s dan %s berselisih %s.",
	"Row %d is the total of the rows above: it matches in %d of %d columns; %s differs by %s.":                                                                                                                       "Baris %d adalah total baris di atasnya: cocok di %d dari %d kolom; %s berselisih %s.",
	"Row %d is the total of the rows above: it matches in %d of %d columns; %s holds %s, which cannot be read.":                                                                                                      "Baris %d adalah total baris di atasnya: cocok di %d dari %d kolom; %s berisi %s, yang tidak dapat dibaca.",
	"Row %d is the total of the rows above: it matches in %d of %d columns; it differs in %d columns, most in %s, by %s.":                                                                                            "Baris %d adalah total baris di atasnya: cocok di %d dari %d kolom; berbeda di %d kolom, paling besar di %s, dengan selisih %s.",

	// Left out and skipped rows.
	"Left out %d row that could not be read; the amounts that could be read in it add up to %s of ARR at start and %s at end.|Left out %d rows that could not be read; the amounts that could be read in them add up to %s of ARR at start and %s at end.": "%d baris yang tidak dapat dibaca dikeluarkan; jumlah yang masih dapat dibaca di dalamnya bernilai total %s untuk ARR di awal dan %s untuk ARR di akhir.",
	"Left out %d row that could not be read; the amounts that could be read in it add up to %s.|Left out %d rows that could not be read; the amounts that could be read in them add up to %s.":                                                             "%d baris yang tidak dapat dibaca dikeluarkan; jumlah yang masih dapat dibaca di dalamnya bernilai total %s.",
	"Left out %d non-recurring row, row %d, worth %s.|Left out %d non-recurring rows, such as row %d, worth %s in total.":                                                                                                                                  "%[1]d baris pendapatan tidak berulang senilai %[3]s dikeluarkan, misalnya baris %[2]d.",
	"Left out %d trial row, row %d, worth %s.|Left out %d trial rows, such as row %d, worth %s in total.":                                                                                                                                                  "%[1]d baris uji coba senilai %[3]s dikeluarkan, misalnya baris %[2]d.",
	"Left out %d total line with no start date: row %d (%s).|Left out %d total lines with no start date, such as row %d (%s).":                                                                                                                             "%d baris total tanpa tanggal mulai dikeluarkan, misalnya baris %d (%s).",
	"Left out %d total row, row %d (%s).|Left out %d total rows, such as row %d (%s).":                                                                                                                                                                     "%d baris total dikeluarkan, misalnya baris %d (%s).",

	// Cells that cannot be read: where, then what is wrong.
	"Row %d, column %s: %s cannot be read.":      "Baris %d, kolom %s: %s tidak dapat dibaca.",
	"Row %d, column %s is empty.":                "Baris %d, kolom %s kosong.",
	"%s cannot be read.":                         "%s tidak dapat dibaca.",
	"The cell is empty.":                         "Sel ini kosong.",
	"It is a percentage: a rate, not an amount.": "Ini persentase, bukan jumlah.",
	"It is a formula, not its value: the sheet was exported with formulas; export or paste the values instead.": "Ini rumus, bukan nilainya: lembar ini diekspor beserta rumusnya; ekspor atau tempel nilainya saja.",
	"The column was too narrow to show this number: widen it in the sheet and copy again.":                      "Kolomnya terlalu sempit untuk menampilkan angka ini: lebarkan kolom itu di lembar Anda lalu salin lagi.",
	"It is a date, and this column holds amounts.":                                                              "Ini tanggal, padahal kolom ini berisi jumlah.",
	"It looks like a date stored as a spreadsheet serial number: format the column as dates and export again.":  "Ini tampaknya tanggal yang tersimpan sebagai nomor seri spreadsheet: format kolomnya sebagai tanggal lalu ekspor lagi.",
	"It is written like a date, but no such month exists.":                                                      "Ini ditulis seperti tanggal, tetapi bulan tersebut tidak ada.",
	"It is the spreadsheet error #N/A: a lookup or formula found no value.":                                     "Ini kesalahan spreadsheet #N/A: pencarian atau rumus tidak menemukan nilai.",
	"It is the spreadsheet error #REF!: a formula refers to cells that were deleted.":                           "Ini kesalahan spreadsheet #REF!: sebuah rumus merujuk ke sel yang sudah dihapus.",
	"It is the spreadsheet error #DIV/0!: a formula divides by zero.":                                           "Ini kesalahan spreadsheet #DIV/0!: sebuah rumus membagi dengan nol.",
	"It is the spreadsheet error #VALUE!: a formula was given text where it needed a number.":                   "Ini kesalahan spreadsheet #VALUE!: sebuah rumus menerima teks padahal membutuhkan angka.",
	"It is the spreadsheet error #NAME?: a formula uses a name or function the spreadsheet does not know.":      "Ini kesalahan spreadsheet #NAME?: sebuah rumus memakai nama atau fungsi yang tidak dikenal spreadsheet.",
	"It is the spreadsheet error #NUM!: a formula's result is not a number the spreadsheet can hold.":           "Ini kesalahan spreadsheet #NUM!: hasil sebuah rumus bukan angka yang dapat disimpan spreadsheet.",
	"It is the spreadsheet error %s: the formula behind this cell failed.":                                      "Ini kesalahan spreadsheet %s: rumus di balik sel ini gagal.",
	// Movements reports.
	"%d customer movement does not lead to the MRR the row reports: %s on row %d moves %s from %s, which makes %s, but the row says %s (a difference of %s).|%d customer movements do not lead to the MRR the row reports: %s on row %d moves %s from %s, which makes %s, but the row says %s (a difference of %s).":                                 "%d pergerakan pelanggan tidak menghasilkan MRR yang dicatat di barisnya, misalnya %s di baris %d: pergerakan %s dari %s menghasilkan %s, tetapi baris itu mencatat %s (selisih %s).",
	"%d month does not add up: in %s, starting %s + new %s + expansion %s + reactivation %s − contraction %s − churn %s = %s, but the ending MRR is %s (a difference of %s).|%d months do not add up: in %s, starting %s + new %s + expansion %s + reactivation %s − contraction %s − churn %s = %s, but the ending MRR is %s (a difference of %s).": "%d bulan perhitungannya tidak cocok, misalnya %s: awal %s + baru %s + ekspansi %s + reaktivasi %s − kontraksi %s − churn %s = %s, tetapi MRR akhirnya %s (selisih %s).",
	"%d month does not start where the month before ended: %s starts at %s, but %s ended at %s (a difference of %s).|%d months do not start where the month before ended: %s starts at %s, but %s ended at %s (a difference of %s).":                                                                                                                 "%d bulan tidak dimulai dari angka akhir bulan sebelumnya, misalnya %s dimulai dari %s, tetapi %s berakhir di %s (selisih %s).",
	"%s appears on two rows (%d and %d): each month can be reported once.":                        "%s muncul di dua baris (%d dan %d): setiap bulan hanya boleh dilaporkan sekali.",
	"Column %s holds cents: its amounts were divided by 100.":                                     "Kolom %s berisi sen: jumlahnya dibagi 100.",
	"Expected a column of months, such as month, date or bulan.":                                  "Diperlukan kolom bulan, misalnya yang berjudul bulan, tanggal, atau month.",
	"Expected a column of the month's MRR, such as ending_mrr, mrr or MRR akhir.":                 "Diperlukan kolom MRR bulan itu, misalnya yang berjudul MRR akhir, mrr, atau ending_mrr.",
	"Expected a movement type such as new_biz, expansion, contraction, churn or reactivation.":    "Yang diharapkan: jenis pergerakan, misalnya baru (new_biz), ekspansi, kontraksi, churn, atau reaktivasi.",
	"Expected a whole number of customers.":                                                       "Yang diharapkan: jumlah pelanggan berupa bilangan bulat.",
	"Expected an amount of zero or more: a gain cannot be negative.":                              "Yang diharapkan: jumlah nol atau lebih; penambahan tidak bisa negatif.",
	"Expected an amount such as 1,200.00 or -350.":                                                "Yang diharapkan: jumlah, misalnya 1.200,00 atau -350.",
	"Expected at least one row of movements under the header.":                                    "Diperlukan setidaknya satu baris pergerakan di bawah baris judul.",
	"Losses are written as negative amounts (such as %s in column %s); they were read as losses.": "Pengurangan ditulis sebagai jumlah negatif (misalnya %s di kolom %s); jumlah itu dibaca sebagai pengurangan.",
	"The months skip %d time, from %s to %s: the movements of the months between are missing.|The months skip %d times, such as from %s to %s: the movements of the months between are missing.": "Bulan-bulannya melompat %d kali, misalnya dari %s ke %s: pergerakan bulan-bulan di antaranya tidak ada.",
	"The movements are in %d currencies (%s); they were added as they are, without conversion.":                                                                                                  "Pergerakan ini dalam %d mata uang (%s); semuanya dijumlahkan apa adanya, tanpa konversi.",
	"new":          "baru",
	"expansion":    "ekspansi",
	"contraction":  "kontraksi",
	"churn":        "churn",
	"reactivation": "reaktivasi",

	// Subscription periods, invoice lines and dates.
	"%d row with no interval in column %s, row %d, was read as monthly.|%d rows with no interval in column %s, such as row %d, were read as monthly.":                                                                 "%d baris tanpa interval di kolom %s, misalnya baris %d, dibaca sebagai bulanan.",
	"%d subscription with no end date, row %d, counts as running through %s, the last month of the data.|%d subscriptions with no end date, such as row %d, count as running through %s, the last month of the data.": "%d langganan tanpa tanggal akhir, misalnya baris %d, dihitung berjalan sampai %s, bulan terakhir dalam data.",
	"%d subscription, row %d, starts paying at the end of its trial in column %s.|%d subscriptions, such as row %d, start paying at the end of their trial in column %s.":                                             "%d langganan, misalnya baris %d, mulai membayar pada akhir uji coba yang tercantum di kolom %s.",
	"Amounts in column %s are annual (ARR) and were divided by 12 into MRR.":                                                                                                                                          "Jumlah di kolom %s bersifat tahunan (ARR) dan dibagi 12 menjadi MRR.",
	"Amounts in column %s are in cents and were divided by 100.":                                                                                                                                                      "Jumlah di kolom %s dalam sen dan dibagi 100.",
	"Dates are read day first, as chosen.":   "Tanggal dibaca dengan hari lebih dulu, sesuai pilihan.",
	"Dates are read month first, as chosen.": "Tanggal dibaca dengan bulan lebih dulu, sesuai pilihan.",
	"Dates in column %s such as %s could be read either way and were read day first (31/01/2024); choose month first if they were written in the US style.": "Tanggal di kolom %s seperti %s dapat dibaca dua cara dan dibaca dengan hari lebih dulu (31/01/2024); pilih bulan lebih dulu jika tanggalnya ditulis dengan gaya AS.",
	"Dates in column %s were read as month/day/year.":                                                                                    "Tanggal di kolom %s dibaca sebagai bulan/hari/tahun.",
	"Dates in column %s were read day first (31/01/2024), as %s shows.":                                                                  "Tanggal di kolom %s dibaca dengan hari lebih dulu (31/01/2024), seperti yang ditunjukkan %s.",
	"Dates in column %s were read day first (31/01/2024), as chosen.":                                                                    "Tanggal di kolom %s dibaca dengan hari lebih dulu (31/01/2024), sesuai pilihan.",
	"Dates in column %s were read month first (01/31/2024), as %s shows.":                                                                "Tanggal di kolom %s dibaca dengan bulan lebih dulu (01/31/2024), seperti yang ditunjukkan %s.",
	"Dates in column %s were read month first (01/31/2024), as chosen.":                                                                  "Tanggal di kolom %s dibaca dengan bulan lebih dulu (01/31/2024), sesuai pilihan.",
	"End dates in column %s are read as the last day of service: a period ending 2024-12-31 includes December.":                          "Tanggal akhir di kolom %s dibaca sebagai hari terakhir layanan: periode yang berakhir 2024-12-31 mencakup Desember.",
	"Expected MRR, ARR or Non-recurring.":                                                                                                "Yang diharapkan: MRR, ARR, atau tidak berulang.",
	"Expected a column of amounts: choose the column that holds them.":                                                                   "Diperlukan kolom jumlah: pilih kolom yang memuat jumlah.",
	"Expected a column of customers: choose the column that names them.":                                                                 "Diperlukan kolom pelanggan: pilih kolom yang memuat nama pelanggan.",
	"Expected a column of start dates: choose the column that holds them.":                                                               "Diperlukan kolom tanggal mulai: pilih kolom yang memuat tanggal mulai.",
	"Expected a date less than %d years after the earliest start (%s).":                                                                  "Yang diharapkan: tanggal kurang dari %d tahun setelah tanggal mulai paling awal (%s).",
	"Expected a date such as 2024-01-31 or 31/01/2024.":                                                                                  "Yang diharapkan: tanggal, misalnya 2024-01-31 atau 31/01/2024.",
	"Expected a quantity such as 1 or 25.":                                                                                               "Yang diharapkan: kuantitas, misalnya 1 atau 25.",
	"Expected a start date on or before the as-of date (%s).":                                                                            "Yang diharapkan: tanggal mulai pada atau sebelum tanggal acuan (%s).",
	"Expected a whole number of intervals such as 1 or 2.":                                                                               "Yang diharapkan: jumlah interval berupa bilangan bulat, misalnya 1 atau 2.",
	"Expected an end date after the start date (%s).":                                                                                    "Yang diharapkan: tanggal akhir setelah tanggal mulai (%s).",
	"Expected an interval such as month, quarter, year, week, or a number of months such as 3.":                                          "Yang diharapkan: interval, misalnya bulan, kuartal, tahun, minggu, atau jumlah bulan seperti 3.",
	"Expected yes or no (true, false, 1, 0, ya, tidak).":                                                                                 "Yang diharapkan: ya atau tidak (true, false, 1, 0, ya, tidak).",
	"The analysis is in %s: left out %d row in another currency (%s).|The analysis is in %s: left out %d rows in other currencies (%s).": "Analisis memakai %s: %d baris dalam mata uang lain dikeluarkan (%s).",
	"The other dates in the column put the day first.":                                                                                   "Tanggal lain di kolom ini ditulis dengan hari lebih dulu.",
	"The other dates in the column put the month first.":                                                                                 "Tanggal lain di kolom ini ditulis dengan bulan lebih dulu.",
	"The series stops at %s, the month of the as-of date %s: later dates in the table are left out.":                                     "Rangkaian bulanan berhenti di %s, bulan dari tanggal acuan %s: tanggal sesudahnya di tabel dikeluarkan.",

	// Names of what a column is used for: labels.
	"Months":            "Bulan",
	"Customer ids":      "ID pelanggan",
	"Start dates":       "Tanggal mulai",
	"End dates":         "Tanggal akhir",
	"Billing intervals": "Interval penagihan",
	"Quantities":        "Kuantitas",
	"Currencies":        "Mata uang",
	"Trial flags":       "Penanda uji coba",
	"Trial ends":        "Akhir uji coba",
	"Revenue types":     "Jenis pendapatan",

	// The shape of the table.
	"There is nothing to read: paste a table or choose a file.":                                                                           "Tidak ada yang dapat dibaca: tempel tabel atau pilih file.",
	"This is not text (it may be a spreadsheet file such as .xlsx): export it as CSV, or copy the cells and paste them.":                  "Ini bukan teks (mungkin file spreadsheet seperti .xlsx): ekspor sebagai CSV, atau salin sel-selnya lalu tempel di sini.",
	"The text is %d MB; the most NRR Lab reads at once is %d MB.":                                                                         "Teks ini berukuran %d MB; NRR Lab dapat membaca paling banyak %d MB sekaligus.",
	"Row %d: a quote opens a field that never closes.":                                                                                    "Baris %d: ada tanda kutip yang membuka isian tetapi tidak pernah ditutup.",
	"The table has a single column: it needs customers and their amounts side by side.":                                                   "Tabel ini hanya memiliki satu kolom: tabel harus memuat pelanggan dan jumlahnya berdampingan.",
	"No column holds amounts: expected two columns of ARR (start and end), one column per month, or a month column and an amount column.": "Tidak ada kolom yang berisi jumlah: diperlukan dua kolom ARR (awal dan akhir), satu kolom per bulan, atau satu kolom bulan dan satu kolom jumlah.",
	"No column names the customers.":                                                                                                      "Tidak ada kolom yang memuat nama pelanggan.",
	"The month columns skip from %s to %s: add the missing months, even as empty columns.":                                                "Kolom bulan melompat dari %s ke %s: tambahkan bulan yang terlewat, meskipun sebagai kolom kosong.",
	"%s appears as two columns (%s and %s).":                                                                                              "%s muncul sebagai dua kolom (%s dan %s).",
	"Column %d does not exist in a table of %d columns.":                                                                                  "Kolom %d tidak ada dalam tabel dengan %d kolom.",
	"The table has a header but no rows of figures.":                                                                                      "Tabel ini memiliki baris judul tetapi tidak ada baris angka.",
	"Expected a month such as 2024-01, Jan 2024 or 31/01/2024.":                                                                           "Yang diharapkan: bulan, misalnya 2024-01, Jan 2024, atau 31/01/2024.",
	"Expected a customer name.":                                                                                                           "Yang diharapkan: nama pelanggan.",
	"A month column of a wide sheet is found from its header: name the column by its month, such as Jan 2024.":                            "Kolom bulan pada lembar dengan satu kolom per bulan dikenali dari judulnya: beri judul kolom itu dengan bulannya, misalnya Jan 2024.",

	// Workbooks (.xlsx).
	"This workbook is encrypted or in the old .xls format: save it as .xlsx without a password, or as CSV.":                                                            "Buku kerja ini terenkripsi atau berformat .xls lama: simpan sebagai .xlsx tanpa kata sandi, atau sebagai CSV.",
	"This is an OpenDocument spreadsheet (.ods): save it as .xlsx or as CSV.":                                                                                          "Ini spreadsheet OpenDocument (.ods): simpan sebagai .xlsx atau CSV.",
	"This workbook is in the binary .xlsb format: save it as .xlsx or as CSV.":                                                                                         "Buku kerja ini berformat biner .xlsb: simpan sebagai .xlsx atau CSV.",
	"This file is not an Excel workbook: save the sheet as .xlsx or as CSV.":                                                                                           "File ini bukan buku kerja Excel: simpan lembarnya sebagai .xlsx atau CSV.",
	"This workbook is damaged or incomplete (%s): download or save it again.":                                                                                          "Buku kerja ini rusak atau tidak lengkap (%s): unduh atau simpan lagi.",
	"The workbook is %d MB; the most NRR Lab reads at once is %d MB.":                                                                                                  "Buku kerja ini berukuran %d MB; NRR Lab dapat membaca paling banyak %d MB sekaligus.",
	"The workbook holds more than %d MB once unpacked, the most NRR Lab reads at once: save the sheet you need on its own, or as CSV.":                                 "Buku kerja ini berisi lebih dari %d MB setelah diekstrak, batas yang dapat dibaca NRR Lab sekaligus: simpan lembar yang Anda perlukan secara terpisah, atau sebagai CSV.",
	"The sheet %s has more than %d cells, the most NRR Lab reads at once: delete the rows and columns you do not need, or save it as CSV.":                             "Lembar %s memiliki lebih dari %d sel, batas yang dapat dibaca NRR Lab sekaligus: hapus baris dan kolom yang tidak Anda perlukan, atau simpan sebagai CSV.",
	"The workbook holds more than %d different texts, the most NRR Lab reads at once: save the sheet you need on its own, or as CSV.":                                  "Buku kerja ini berisi lebih dari %d teks berbeda, batas yang dapat dibaca NRR Lab sekaligus: simpan lembar yang Anda perlukan secara terpisah, atau sebagai CSV.",
	"This workbook is damaged: it has no part %s; open it in a spreadsheet program and save it again.":                                                                 "Buku kerja ini rusak: bagian %s tidak ada; buka di program spreadsheet lalu simpan lagi.",
	"This workbook has no worksheet to read: put the table on its first sheet.":                                                                                        "Buku kerja ini tidak memiliki lembar kerja untuk dibaca: letakkan tabel di lembar pertamanya.",
	"The first sheet of this workbook, %s, is empty: put the table on the first sheet.":                                                                                "Lembar pertama buku kerja ini, %s, kosong: letakkan tabel di lembar pertama.",
	"This workbook is damaged: %s on the sheet %s is not a cell such as C7; open it in a spreadsheet program and save it again.":                                       "Buku kerja ini rusak: %s di lembar %s bukan alamat sel seperti C7; buka di program spreadsheet lalu simpan lagi.",
	"This workbook is damaged: cell %s of the sheet %s refers to text number %d, but the workbook holds %d texts; open it in a spreadsheet program and save it again.": "Buku kerja ini rusak: sel %s di lembar %s merujuk ke teks nomor %d, tetapi buku kerja ini hanya berisi %d teks; buka di program spreadsheet lalu simpan lagi.",
	"This workbook is damaged: its part %s cannot be read.":                                                                                                            "Buku kerja ini rusak: bagian %s tidak dapat dibaca.",
	"This workbook is damaged: its part %s cannot be read (%s).":                                                                                                       "Buku kerja ini rusak: bagian %s tidak dapat dibaca (%s).",
	"Open it in a spreadsheet program and save it again.":                                                                                                              "Buka di program spreadsheet lalu simpan lagi.",
	"The element %s is never closed.":           "Elemen %s tidak pernah ditutup.",
	"An element %s ends that was never opened.": "Elemen %s ditutup padahal tidak pernah dibuka.",
	// The figure reader (calc/figure): what is wrong with a text, one
	// sentence each, after "%s is not an amount."
	"Expected a number such as 1,200,000, $1.2M or 500K.": "Yang diharapkan: angka, misalnya 1.200.000, 1,2 juta, atau 500 rb.",
	"%s is not an amount.":                                "%s bukan jumlah.",
	"It is empty.":                                        "Isinya kosong.",
	"It is too large to compute exactly.":                 "Angkanya terlalu besar untuk dihitung dengan tepat.",
	"There is no number in it.":                           "Tidak ada angka di dalamnya.",
	"It has more than one sign: write one minus sign before the number, as -5.":                                                      "Ada lebih dari satu tanda: tulis satu tanda minus sebelum angka, misalnya -5.",
	"A plus or minus sign can only come before the number: write a negative as -5 or (5).":                                           "Tanda plus atau minus hanya boleh ditulis sebelum angka: tulis angka negatif sebagai -5 atau (5).",
	"It has both a sign and brackets: write a negative with one of them, as -5 or (5).":                                              "Ada tanda plus atau minus sekaligus tanda kurung: tulis angka negatif dengan salah satunya saja, misalnya -5 atau (5).",
	"A bracket opens and never closes: write a negative as (5).":                                                                     "Ada tanda kurung buka tanpa kurung tutup: tulis angka negatif sebagai (5).",
	"A bracket closes that never opened: write a negative as (5).":                                                                   "Ada tanda kurung tutup tanpa kurung buka: tulis angka negatif sebagai (5).",
	"It has brackets inside brackets: write a negative with one pair, as (5).":                                                       "Ada tanda kurung di dalam tanda kurung: tulis angka negatif dengan satu pasang tanda kurung, misalnya (5).",
	"Brackets go around the whole amount, as (1,234).":                                                                               "Tanda kurung mengapit seluruh jumlah, misalnya (1.234).",
	"Its separators do not make a number: a comma or dot groups three digits, and only the last one can mark decimals.":              "Pemisahnya tidak membentuk angka: koma atau titik memisahkan kelompok tiga digit, dan hanya pemisah terakhir yang boleh menandai desimal.",
	"Digits between separators must come in groups of three.":                                                                        "Digit di antara pemisah harus berkelompok tiga.",
	"%s is not a currency or a magnitude such as K, M, jt or miliar.":                                                                "%s bukan mata uang atau satuan seperti K, M, jt, atau miliar.",
	"NRR Lab does not read amounts in %s: type the amount without it.":                                                               "NRR Lab tidak membaca jumlah dalam %s: ketik jumlahnya tanpa mata uang itu.",
	"%s is a digit NRR Lab does not read: type the figure with the digits 0 to 9.":                                                   "%s adalah digit yang tidak dibaca NRR Lab: ketik angkanya dengan digit 0 sampai 9.",
	"%s cannot be part of a number.":                                                                                                 "%s tidak bisa menjadi bagian dari angka.",
	"It holds more than one number.":                                                                                                 "Isinya memuat lebih dari satu angka.",
	"Digits follow the magnitude %s: write the decimals before it, as 1.5K, or the whole figure, as 1500.":                           "Ada digit setelah satuan %s: tulis desimalnya sebelum satuan, misalnya 1,5K, atau tulis angka lengkapnya, misalnya 1500.",
	"A magnitude such as K or M comes after the number, as 500K.":                                                                    "Satuan seperti K atau M ditulis sesudah angka, misalnya 500K.",
	"It has two magnitudes, %s and %s: write one, as 500K or 2.5M.":                                                                  "Ada dua satuan, %s dan %s: tulis satu saja, misalnya 500 rb atau 2,5 jt.",
	"A percentage cannot have a magnitude such as K or M: write the rate itself, as 105%.":                                           "Persentase tidak boleh memiliki satuan seperti K atau M: tulis persentasenya saja, misalnya 105%.",
	"The percent sign comes after the number, as 105%.":                                                                              "Tanda persen ditulis sesudah angka, misalnya 105%.",
	"It has more than one percent sign.":                                                                                             "Ada lebih dari satu tanda persen.",
	"It writes its currency twice: write it once, as $500 or Rp 5.000.":                                                              "Mata uangnya ditulis dua kali: tulis sekali saja, misalnya $500 atau Rp 5.000.",
	"It names two currencies, %s and %s.":                                                                                            "Ada dua mata uang, %s dan %s.",
	"It has both a currency and a percent sign.":                                                                                     "Ada mata uang sekaligus tanda persen.",
	"In scientific notation such as 1.23E+11, the digits before the E can have a decimal separator and nothing else.":                "Dalam notasi ilmiah seperti 1,23E+11, digit sebelum E hanya boleh memiliki pemisah desimal, tidak yang lain.",
	"In scientific notation it is not a whole number of cents: format the column as a number with two decimals and export it again.": "Dalam notasi ilmiah, angka ini bukan jumlah sen yang bulat: format kolomnya sebagai angka dengan dua desimal lalu ekspor lagi.",
	"A number in scientific notation such as 1.2E+6 cannot also have a magnitude such as K or M.":                                    "Angka dalam notasi ilmiah seperti 1,2E+6 tidak boleh juga memiliki satuan seperti K atau M.",

	// The figure reader's notes: how an ambiguous text was read.
	"%s has more decimals than a cent and was read as %s.":             "%s memiliki desimal yang lebih kecil dari satu sen dan dibaca sebagai %s.",
	"%s was read as %s: the comma groups thousands.":                   "%s dibaca sebagai %s: komanya memisahkan ribuan.",
	"%s was read as %s: the dot groups thousands.":                     "%s dibaca sebagai %s: titiknya memisahkan ribuan.",
	"%s was read as %s: the comma marks decimals.":                     "%s dibaca sebagai %s: komanya menandai desimal.",
	"%s was read as %s: the dot marks decimals.":                       "%s dibaca sebagai %s: titiknya menandai desimal.",
	"%s was read with M as miliar (thousand million), as with rupiah.": "%s dibaca dengan M sebagai miliar (seribu juta), seperti lazimnya untuk rupiah.",
	"%s was read as %s: scientific notation keeps %d significant digit, so the spreadsheet may have rounded the real figure; format the column as a number and export it again to read it exactly.|%s was read as %s: scientific notation keeps %d significant digits, so the spreadsheet may have rounded the real figure; format the column as a number and export it again to read it exactly.": "%s dibaca sebagai %s: notasi ilmiah hanya menyimpan %d angka penting, jadi spreadsheet mungkin telah membulatkan angka sebenarnya; format kolomnya sebagai angka lalu ekspor lagi agar terbaca dengan tepat.",
}

func init() {
	for k, v := range indonesianReaders {
		indonesian[k] = v
	}
}
