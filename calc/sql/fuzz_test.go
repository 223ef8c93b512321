//go:build cgo

package sql

import (
	"database/sql"
	"strings"
	"sync"
	"testing"
	"time"

	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// lexed is a query cut into the text outside quoted names and the quoted
// names, as the engine's lexer would cut it.
type lexed struct {
	outside []string
	names   []string
}

// lex cuts query the way the dialect's lexer does: -- comments to the end
// of the line, '…' strings with ” doubled, "…" names with "" doubled (or
// `…` names in BigQuery). ok is false when a quote never closes.
func lex(d Dialect, query string) (l lexed, ok bool) {
	open := byte('"')
	if d == BigQuery {
		open = '`'
	}
	var cur strings.Builder
	for i := 0; i < len(query); i++ {
		c := query[i]
		switch {
		case c == '-' && i+1 < len(query) && query[i+1] == '-':
			j := strings.IndexByte(query[i:], '\n')
			if j < 0 {
				j = len(query) - i
			}
			cur.WriteString(query[i : i+j])
			i += j - 1
		case c == '\'':
			j := i + 1
			for ; j < len(query); j++ {
				if query[j] == '\'' {
					if j+1 < len(query) && query[j+1] == '\'' {
						j++
						continue
					}
					break
				}
			}
			if j >= len(query) {
				return l, false
			}
			cur.WriteString(query[i : j+1])
			i = j
		case c == open:
			var name strings.Builder
			j := i + 1
			for ; j < len(query); j++ {
				if query[j] == open {
					if d != BigQuery && j+1 < len(query) && query[j+1] == open {
						name.WriteByte(open)
						j++
						continue
					}
					break
				}
				name.WriteByte(query[j])
			}
			if j >= len(query) {
				return l, false
			}
			l.outside = append(l.outside, cur.String())
			cur.Reset()
			l.names = append(l.names, name.String())
			i = j
		default:
			cur.WriteByte(c)
		}
	}
	l.outside = append(l.outside, cur.String())
	return l, true
}

var (
	fuzzDB     *sql.DB
	fuzzDBOnce sync.Once
)

// duckParses asks DuckDB's parser, without running anything, whether
// query is one statement it can read.
func duckParses(t *testing.T, query string) {
	fuzzDBOnce.Do(func() {
		db, err := sql.Open("duckdb", "")
		if err == nil {
			db.SetMaxOpenConns(1)
			fuzzDB = db
		}
	})
	if fuzzDB == nil {
		t.Fatal("DuckDB did not open")
	}
	var js string
	if err := fuzzDB.QueryRow("SELECT CAST(json_serialize_sql(CAST($1 AS VARCHAR)) AS VARCHAR)", query).Scan(&js); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(js, `{"error":false`) || strings.Count(js, `"node":{"type":"SELECT_NODE"`) < 1 {
		t.Fatalf("DuckDB's parser does not read the query: %.300s\n%s", js, query)
	}
}

func FuzzQuery(f *testing.F) {
	f.Add(uint8(0), uint8(0), "analytics.subs", "customer_id", "start_date", "end_date", "monthly_amount", "", "", uint8(0))
	f.Add(uint8(1), uint8(1), "billing.public.lines", "Customer Name", "ValidFrom", "ValidTo", "LineAmount", "currency", "USD", uint8(3))
	f.Add(uint8(2), uint8(2), "p.d.t", "customer", "month", "", "ARR", "", "", uint8(5))
	f.Add(uint8(3), uint8(0), "SUBS", "cust", "s", "e", "amt", "plan_interval", "", uint8(255))
	f.Add(uint8(0), uint8(0), `t; DROP TABLE t`, `x"; DROP TABLE t; --`, `"); --`, "a''b", "'; SELECT 1; --", "", "", uint8(0))
	f.Add(uint8(2), uint8(0), "t", "a`b", "s", "e", `a\b`, "", "", uint8(0))
	f.Add(uint8(1), uint8(0), "t", "a\x00b", "s", "e", "m", "", "", uint8(0))
	f.Add(uint8(1), uint8(1), "..", "c", "s", "e", "m", "cur", "US'D", uint8(0))
	f.Fuzz(func(t *testing.T, dialect, shape uint8, table, customer, start, end, amount, extra, code string, flags uint8) {
		d, sh := Dialect(dialect%5), Shape(shape%4)
		src := Source{Shape: sh, Table: table, Customer: customer, Amount: amount, ExactCase: flags&1 != 0, Cents: flags&2 != 0}
		switch sh {
		case MonthlyRows:
			src.Month = start
		default:
			src.Start, src.End = start, end
		}
		switch {
		case sh == Subscriptions && flags&4 != 0:
			src.Interval, src.Quantity = extra, extra+"_q"
		case sh == Subscriptions:
			src.IntervalCount = extra
		case sh == Invoices:
			src.Currency, src.CurrencyCode = extra, code
		}
		if flags&8 != 0 {
			src.Unit = monthly.ARR
		}
		conv := Conventions{ReactivationAsNew: flags&16 != 0, OpeningAsNew: flags&32 != 0, EndInclusive: flags&64 != 0}
		if flags&128 != 0 {
			conv.AsOf = time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)
		}
		q, err := Movements(d, src, conv)
		if err != nil {
			// A refusal quotes the name it refuses as typed, so a "%!" the
			// names bring may show; any other is fmt marking a missing or
			// extra argument.
			brought := strings.Count(strings.Join([]string{table, customer, start, end, amount, extra, code}, "\x00"), "%!")
			if q != "" || !strings.HasSuffix(err.Error(), ".") {
				t.Fatalf("a refusal must be a whole sentence and come alone: %q, %v", q, err)
			}
			for _, l := range lang.All {
				if s := (lang.Printer{Lang: l}).Error(err); strings.TrimSpace(s) == "" || strings.Count(s, "%!") > brought {
					t.Fatalf("%v in %s reads %q", err, l.Name(), s)
				}
			}
			return
		}
		// The same description with plain names in place of the user's:
		// outside the quoted names, the two queries must be the same text,
		// so the user's names changed nothing but the names.
		plainSrc := src
		parts := strings.Count(table, ".") + 1
		plainSrc.Table = strings.TrimSuffix(strings.Repeat("p.", parts), ".")
		for i, p := range []*string{&plainSrc.Customer, &plainSrc.Start, &plainSrc.End, &plainSrc.Month, &plainSrc.Amount, &plainSrc.Interval, &plainSrc.IntervalCount, &plainSrc.Quantity, &plainSrc.Currency} {
			if *p != "" {
				*p = "n" + string(rune('a'+i))
			}
		}
		plain, err := Movements(d, plainSrc, conv)
		if err != nil {
			t.Fatalf("plain names refused: %v", err)
		}
		got, ok1 := lex(d, q)
		want, ok2 := lex(d, plain)
		if !ok1 || !ok2 {
			t.Fatalf("a quote does not close:\n%s", q)
		}
		if len(got.outside) != len(want.outside) {
			t.Fatalf("%d quoted names, %d with plain names:\n%s", len(got.names), len(want.names), q)
		}
		for i := range got.outside {
			if got.outside[i] != want.outside[i] {
				t.Fatalf("the text between names differs:\n%q\n%q", got.outside[i], want.outside[i])
			}
		}
		for _, n := range got.names {
			if strings.ContainsAny(n, "\x00\n\r") {
				t.Fatalf("a quoted name holds a control character: %q", n)
			}
		}
		if d == DuckDB {
			duckParses(t, q)
		}
	})
}
