package ingest

import (
	"strings"
	"unicode"

	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// normalizeHeader writes a header the way header lists compare it: lower
// case, words separated by single spaces, without a leading * or # (Mekari
// Jurnal's required columns), a parenthesised suffix such as "(UTC)", or the
// joins of camelCase (Xero's InvoiceDate), snake_case and kebab-case.
func normalizeHeader(h string) string {
	h = strings.TrimLeft(trimSpaces(h), "*# ")
	for strings.HasSuffix(h, ")") {
		i := strings.LastIndexByte(h, '(')
		if i <= 0 {
			break
		}
		h = trimSpaces(h[:i])
	}
	var b strings.Builder
	runes := []rune(h)
	for i, r := range runes {
		if i > 0 && unicode.IsUpper(r) {
			prev := runes[i-1]
			if unicode.IsLower(prev) || (unicode.IsUpper(prev) && i+1 < len(runes) && unicode.IsLower(runes[i+1])) {
				b.WriteByte(' ')
			}
		}
		switch r {
		case '_', '-', '.', '/', ':', '\t':
			r = ' '
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func set(words ...string) map[string]bool {
	s := make(map[string]bool, len(words))
	for _, w := range words {
		s[w] = true
	}
	return s
}

// Headers of the columns of subscription and invoice exports, normalized,
// in English, Indonesian and Malay: EXPORTS.md's layouts (Stripe,
// Baremetrics, dbt's mrr-playbook, analytics datasets, SaaSGrid, Xero, Mekari
// Jurnal, ChartMogul, licence lines) and the names people give them by hand.
var (
	headStart = set("start", "start date", "started", "started at", "start at", "start time", "subscription start",
		"subscription start date", "subscription started at", "service period start", "service start", "service start date",
		"period start", "period start date", "valid from", "begin", "begin date", "from", "from date", "contract start",
		"contract start date", "mulai", "tanggal mulai", "tgl mulai", "mula", "tarikh mula", "tanggal awal", "awal",
		"periode mulai", "periode awal", "tempoh mula", "mula tempoh", "berlaku dari", "dari", "dari tanggal",
		"tanggal mulai langganan", "tarikh mula langganan", "mulai langganan")
	headEnd = set("end", "end date", "ended", "ended at", "ends at", "end at", "end time", "subscription end",
		"subscription end date", "subscription ended at", "subscription canceled at", "subscription cancelled at",
		"service period end", "service end", "service end date", "period end", "period end date", "valid to", "valid until",
		"valid till", "until", "to", "to date", "expiry", "expiry date", "expires", "expires at", "expiration",
		"expiration date", "contract end", "contract end date", "churn date", "churned at", "berakhir", "tanggal berakhir",
		"tgl berakhir", "berakhir pada", "selesai", "tanggal selesai", "tgl selesai", "tamat", "tarikh tamat", "akhir",
		"tanggal akhir", "periode akhir", "periode selesai", "tempoh tamat", "tamat tempoh", "sampai", "hingga",
		"sampai tanggal", "tanggal berakhir langganan", "tarikh tamat langganan")
	headInvoiceDate = set("invoice date", "date", "tanggal", "tarikh", "tanggal faktur", "tgl faktur", "tanggal invoice",
		"tanggal tagihan", "tarikh invois", "billing date", "issue date", "date issued", "issued at", "transaction date",
		"tanggal transaksi", "tarikh transaksi")
	headTrialEnd = set("trial end", "trial end date", "trial ends at", "trial ended at", "trial end at", "trial until",
		"akhir uji coba", "uji coba berakhir", "akhir masa percobaan", "tamat percubaan", "tarikh tamat percubaan")
	headTrial = set("is trial", "trial", "on trial", "trialing", "is trialing", "trial flag", "uji coba", "masa percobaan",
		"percubaan", "dalam percubaan", "percobaan")
	headInterval = set("interval", "plan interval", "billing interval", "billing frequency", "frequency", "billing period",
		"billing cycle", "recurring interval", "price interval", "periode tagihan", "siklus tagihan", "siklus penagihan",
		"frekuensi tagihan", "frekuensi", "tempoh bil", "kitaran bil", "kekerapan bil", "interval tagihan")
	headIntervalCount = set("interval count", "plan interval count", "billing interval count", "price interval count",
		"recurring interval count")
	headQuantity = set("quantity", "qty", "subscription quantity", "plan quantity", "kuantitas", "kuantiti", "jumlah unit",
		"banyaknya", "kts")
	headCurrency = set("currency", "plan currency", "currency code", "mata uang", "mata wang", "kode mata uang",
		"kod mata wang", "ccy")
	headRevenueType = set("revenue type", "type of revenue", "jenis pendapatan", "jenis hasil", "line item type",
		"item type", "charge type", "recurring type", "revenue category")
	headCustomerID = set("customer id", "customer oid", "customer external id", "customer uuid", "customer number",
		"customer no", "customer code", "customer key", "account id", "client id", "company id", "contact id",
		"id pelanggan", "kode pelanggan", "no pelanggan", "nomor pelanggan", "kod pelanggan", "id syarikat")
	headCustomer = set("customer", "customer name", "contact name", "contact", "client", "client name", "company",
		"company name", "account name", "account", "nama pelanggan", "pelanggan", "nama", "nama syarikat",
		"nama perusahaan", "syarikat", "perusahaan", "klien", "name", "business name", "organisation", "organization")
	headPlan = set("plan", "plan name", "plan tier", "tier", "product", "product name", "nama produk", "produk", "paket",
		"pelan", "nama paket", "price name", "plan nickname")
	headSegment = set("segment", "segmen", "company size", "size", "customer segment")
	// Amount headers, in order of preference: an explicit monthly amount,
	// an annual one, then line totals before unit prices and invoice totals.
	headMRR    = []string{"mrr amount", "monthly amount", "mrr", "monthly recurring revenue", "mrr value", "nilai mrr", "monthly price"}
	headARR    = []string{"arr amount", "annual amount", "arr", "annual recurring revenue", "nilai arr"}
	headAmount = []string{"line amount", "line total", "amount in cents", "amount", "plan amount", "subscription amount",
		"net amount", "jumlah", "nilai", "amaun", "nominal", "unit price", "unit amount", "price", "plan price",
		"harga satuan", "harga", "subtotal", "total"}
	// unitPrices are amounts per unit, which a quantity multiplies.
	unitPrices = set("plan amount", "unit price", "unit amount", "price", "plan price", "harga satuan", "harga",
		"subscription amount")
)

// Words that mark a table of invoice lines or of subscriptions, to tell
// which a table with start and end dates is.
var (
	invoiceMarks      = []string{"invoice", "faktur", "invois", "tagihan", "service period", "line item", "line amount", "valid from", "valid to", "tax", "pajak", "cukai", "unit price", "harga satuan"}
	subscriptionMarks = []string{"subscription", "langganan", "plan", "interval", "frequency", "trial", "mrr", "arr", "monthly", "seats", "cancel", "revenue type", "status", "churn", "recurring"}
	// dateHints in a header let a column of bare numbers be spreadsheet
	// serial dates.
	dateHints = []string{"date", "at", "tanggal", "tarikh", "tgl", "time", "utc", "from", "to", "valid", "period", "periode",
		"tempoh", "mulai", "mula", "berakhir", "tamat", "selesai", "started", "ended", "day", "hari", "until"}
)

// hasHeaderWord reports whether normalized header h has one of words as a
// whole word or run of words.
func hasHeaderWord(h string, words []string) bool {
	padded := " " + h + " "
	for _, w := range words {
		if strings.Contains(padded, " "+w+" ") {
			return true
		}
	}
	return false
}

// headerColumns is what detection knows of each column.
type headerColumns struct {
	t       *Table
	heads   []string // normalized
	raw     []string
	rows    int // rows sampled
	dates   []int
	serials []int
	figures []int
	filled  []int
}

func (t *Table) sampleColumns() *headerColumns {
	h := &headerColumns{t: t, heads: make([]string, t.Columns), raw: make([]string, t.Columns),
		dates: make([]int, t.Columns), serials: make([]int, t.Columns), figures: make([]int, t.Columns), filled: make([]int, t.Columns)}
	for c := 0; c < t.Columns; c++ {
		h.raw[c] = t.Cell(0, c)
		h.heads[c] = normalizeHeader(h.raw[c])
	}
	for r := 1; r < t.Rows() && h.rows < sampleRows; r++ {
		if classifyLabel(t.Cell(r, 0)) == labelTotal {
			continue
		}
		h.rows++
		for c := 0; c < t.Columns; c++ {
			s := t.Cell(r, c)
			if s == "" {
				continue
			}
			h.filled[c]++
			if _, ok := scanDate(s); ok {
				h.dates[c]++
			} else if _, ok := serialDate(s); ok {
				h.serials[c]++
			}
			if isFigure(s) {
				h.figures[c]++
			}
		}
	}
	return h
}

// holdsDates reports whether column c mostly holds dates: written dates, or
// serial numbers under a header that speaks of dates. An empty column holds
// dates when empty is allowed (an end column while everything runs).
func (h *headerColumns) holdsDates(c int, emptyOK bool) bool {
	if h.filled[c] == 0 {
		return emptyOK
	}
	n := h.dates[c]
	if hasHeaderWord(h.heads[c], dateHints) || strings.Contains(strings.ToLower(h.raw[c]), "utc") {
		n += h.serials[c]
	}
	return n*2 > h.filled[c]
}

// find returns the first column whose header is in words and that ok
// admits, or -1.
func (h *headerColumns) find(words map[string]bool, ok func(c int) bool) int {
	for c, head := range h.heads {
		if words[head] && ok(c) {
			return c
		}
	}
	return -1
}

// detectPeriods recognises a table of subscription periods or of invoice
// lines from its headers and proposes its mapping; ok is false for a table
// of another shape.
func (t *Table) detectPeriods(base Mapping) (m Mapping, ok bool, err error) {
	if !base.Header {
		return base, false, nil
	}
	m = base
	h := t.sampleColumns()
	used := map[int]bool{}
	free := func(c int) bool { return !used[c] }
	take := func(c int) int {
		if c >= 0 {
			used[c] = true
		}
		return c
	}

	// Dates: exact headers first, then headers that speak of starting and
	// ending but not of trials, renewals or creation.
	start := h.find(headStart, func(c int) bool { return h.holdsDates(c, false) })
	if start < 0 {
		start = h.fuzzy([]string{"start", "started", "begin", "mulai", "mula", "from", "awal"},
			[]string{"trial", "current", "created", "percubaan", "uji", "percobaan", "close", "signup", "sign", "cancel"}, false)
	}
	take(start)
	end := h.find(headEnd, func(c int) bool { return free(c) && h.holdsDates(c, true) })
	if end < 0 {
		end = h.fuzzy([]string{"end", "ended", "ends", "berakhir", "selesai", "tamat", "until", "expiry", "expires", "expiration", "akhir", "sampai", "hingga"},
			[]string{"trial", "current", "cancel", "percubaan", "uji", "percobaan"}, true)
	}
	if end == start {
		end = -1
	}
	take(end)

	invoiceScore, subscriptionScore := 0, 0
	for _, head := range h.heads {
		if headInterval[head] {
			continue // "periode tagihan" is a billing interval, not an invoice
		}
		if hasHeaderWord(head, invoiceMarks) || strings.HasPrefix(head, "invoice") {
			invoiceScore++
		}
		if hasHeaderWord(head, subscriptionMarks) {
			subscriptionScore++
		}
	}
	switch {
	case start >= 0 && invoiceScore > subscriptionScore:
		m.Shape = Invoices
	case start >= 0:
		m.Shape = Subscriptions
	case invoiceScore > 0:
		// An invoice without a service period: its date stands for it.
		start = take(h.find(headInvoiceDate, func(c int) bool { return h.holdsDates(c, false) }))
		if start < 0 {
			return base, false, nil
		}
		m.Shape = Invoices
	default:
		return base, false, nil
	}
	m.StartDate, m.EndDate = start, end
	m.Unit = monthly.MRR

	// The amount, and what it says of itself.
	amountOK := func(c int) bool { return free(c) && h.filled[c] > 0 && h.figures[c]*2 >= h.filled[c] }
	// Amounts that say they are MRR or ARR are monthly or annual whatever
	// the billing interval; other amounts are per interval.
	explicit := false
	for tier, list := range [][]string{headMRR, headARR, headAmount} {
		for _, w := range list {
			if m.Amount < 0 {
				m.Amount = h.find(set(w), amountOK)
			}
		}
		if m.Amount >= 0 {
			explicit = tier < 2
			if tier == 1 {
				m.Unit = monthly.ARR
			}
			break
		}
	}
	if m.Amount < 0 {
		m.Amount = h.fuzzy([]string{"amount", "jumlah", "harga", "price", "nilai", "amaun", "mrr", "arr", "revenue", "pendapatan"},
			[]string{"tax", "pajak", "cukai", "discount", "diskon", "fee", "fees", "paid", "due", "balance", "percent", "rate"}, false, amountOK)
	}
	if m.Amount < 0 {
		return m, true, lang.M(errNoAmounts)
	}
	take(m.Amount)
	amountHead := h.heads[m.Amount]
	m.Cents = hasHeaderWord(amountHead, []string{"cents", "cent", "in cents"}) || amountHead == "plan amount"

	m.TrialEnd = take(h.find(headTrialEnd, func(c int) bool { return free(c) && h.holdsDates(c, true) }))
	if m.TrialEnd < 0 {
		m.TrialEnd = take(h.fuzzy([]string{"trial", "percubaan", "percobaan"}, nil, true, func(c int) bool {
			return free(c) && h.holdsDates(c, true) && hasHeaderWord(h.heads[c], []string{"end", "ends", "ended", "berakhir", "tamat", "akhir", "until"})
		}))
	}
	if m.Shape == Invoices {
		m.TrialEnd = -1
	}
	m.Trial = take(h.find(headTrial, func(c int) bool {
		return free(c) && t.columnMostly(c, func(s string) bool { _, ok := parseYesNo(s); return ok })
	}))
	if !explicit && m.Shape == Subscriptions {
		m.Interval = take(h.find(headInterval, func(c int) bool {
			return free(c) && t.columnMostly(c, func(s string) bool { _, ok := parseInterval(s); return ok })
		}))
		if m.Interval >= 0 {
			m.IntervalCount = take(h.find(headIntervalCount, free))
		}
	}
	if unitPrices[amountHead] || (amountHead == "amount" && m.Shape == Subscriptions) {
		m.Quantity = take(h.find(headQuantity, free))
	}
	m.Currency = take(h.find(headCurrency, free))
	if m.Currency < 0 {
		m.Currency = take(h.fuzzy([]string{"currency", "mata uang", "mata wang"}, []string{"exchange", "rate"}, true, free))
	}
	revenueOK := func(c int) bool {
		return free(c) && t.columnMostly(c, func(s string) bool { k, ok := parseRevenueKind(s); return ok && (k != revenueDefault || s == "") })
	}
	m.RevenueType = take(h.find(headRevenueType, free))
	if m.RevenueType < 0 {
		m.RevenueType = take(h.find(set("type", "jenis"), revenueOK))
	}

	// Customers: an id column tells them apart, a name column names them.
	m.CustomerID = take(h.find(headCustomerID, free))
	m.Customer = take(h.find(headCustomer, free))
	if m.Customer < 0 {
		m.Customer = take(h.fuzzy([]string{"customer", "client", "pelanggan", "klien", "contact", "account", "company", "syarikat", "perusahaan"},
			[]string{"email", "address", "phone", "tax", "description", "city", "country", "region", "postal", "id", "oid", "number", "code"}, true, free))
	}
	if m.Customer < 0 {
		m.Customer, m.CustomerID = m.CustomerID, -1
	}
	if m.Customer < 0 {
		return m, true, lang.M(errNoCustomer)
	}
	m.Plan = take(h.find(headPlan, free))
	m.Segment = take(h.find(headSegment, free))
	m.EndInclusive = t.endsInclusive(m)
	return m, true, nil
}

// fuzzy returns the first column whose header has one of words and none of
// not, and holds dates (or admits ok instead, when given).
func (h *headerColumns) fuzzy(words, not []string, emptyOK bool, ok ...func(int) bool) int {
	for c, head := range h.heads {
		if !hasHeaderWord(head, words) || hasHeaderWord(head, not) {
			continue
		}
		if len(ok) > 0 {
			if ok[0](c) {
				return c
			}
			continue
		}
		if h.holdsDates(c, emptyOK) {
			return c
		}
	}
	return -1
}

// columnMostly reports whether most cells of column c that are not blank,
// in the first rows, pass ok: a header that names the role and a few cells
// that do not read leave the column in its role, and reading reports them.
func (t *Table) columnMostly(c int, ok func(string) bool) bool {
	filled, passed := 0, 0
	for r := 1; r < t.Rows() && r <= sampleRows; r++ {
		s := t.Cell(r, c)
		if s == "" || classifyLabel(t.Cell(r, 0)) == labelTotal {
			continue
		}
		filled++
		if ok(s) {
			passed++
		}
	}
	return passed*2 > filled
}

// endsInclusive tells from the first rows whether end dates are the last day
// of service (2024-01-01 to 2024-12-31) rather than the first day after it
// (2024-01-01 to 2025-01-01): whichever makes more periods whole months.
func (t *Table) endsInclusive(m Mapping) bool {
	if m.EndDate < 0 {
		return false
	}
	start, end := t.newDateColumn(m, m.StartDate), t.newDateColumn(m, m.EndDate)
	exclusive, inclusive := 0, 0
	for r := 1; r < t.Rows() && r <= sampleRows; r++ {
		s, _, err1 := start.read(r)
		e, _, err2 := end.read(r)
		if err1 != nil || err2 != nil || s == 0 || e <= s {
			continue
		}
		if addMonths(s, int(e.Month()-s.Month())) == e {
			exclusive++
		}
		if addMonths(s, int((e+1).Month()-s.Month())) == e+1 {
			inclusive++
		}
	}
	return inclusive > exclusive
}

// describePeriods says which column holds what in a table of subscription
// periods or invoice lines, after the customers.
func (t *Table) describePeriods(m Mapping) []lang.Msg {
	var out []lang.Msg
	for _, r := range m.Shape.Roles() {
		switch r {
		case RoleCustomer, RoleSegment, RolePlan, RoleIgnored:
			continue // described by Describe itself
		}
		if c := *m.field(r); c >= 0 && c < t.Columns {
			out = append(out, lang.M(noticeMapped, r.Label(), t.columnArg(m, c)))
		}
	}
	return out
}
