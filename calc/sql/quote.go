package sql

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"nrrlab/calc/lang"
)

// maxName is the longest name each dialect accepts, in bytes: PostgreSQL
// cuts names at 63 bytes (NAMEDATALEN − 1), which could silently find
// another column; BigQuery takes 300 characters for a column, counted here
// as bytes to stay on the safe side; Snowflake 255. DuckDB has no limit of
// its own; 255 keeps queries readable.
var maxName = [4]int{255, 63, 300, 255}

// quoteName quotes one identifier for d, or refuses it.
// dialect: identifier quoting (see identifierQuoting).
func quoteName(d Dialect, name string, exactCase bool) (string, error) {
	switch {
	case name == "":
		return "", lang.M(errTableEmpty)
	case !utf8.ValidString(name):
		return "", lang.M(errNameUTF8, shown(name))
	case len(name) > maxName[d]:
		return "", lang.M(errNameTooLong, shown(name), len(name), d.String(), maxName[d])
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' {
			return "", lang.M(errNameControl, shown(name))
		}
	}
	if !exactCase && plain(name) {
		switch d {
		case PostgreSQL:
			name = strings.ToLower(name)
		case Snowflake:
			name = strings.ToUpper(name)
		}
	}
	if d == BigQuery {
		if strings.ContainsRune(name, '`') {
			return "", lang.M(errNameBacktick, shown(name))
		}
		if strings.ContainsRune(name, '\\') {
			return "", lang.M(errNameBackslash, shown(name))
		}
		return "`" + name + "`", nil
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`, nil
}

// plain reports whether name is what the engines accept unquoted: a letter
// or underscore, then letters, digits, underscores or dollar signs.
func plain(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '$')) {
			return false
		}
	}
	return name != ""
}

// quoteTable quotes a table name of one to three dot-separated parts.
func quoteTable(d Dialect, table string, exactCase bool) (string, error) {
	if strings.TrimSpace(table) == "" {
		return "", lang.M(errTableEmpty)
	}
	parts := strings.Split(table, ".")
	if len(parts) > 3 {
		return "", lang.M(errTableParts, shown(table), len(parts))
	}
	quoted := make([]string, len(parts))
	for i, p := range parts {
		if p == "" {
			return "", lang.M(errTablePartEmpty, shown(table))
		}
		q, err := quoteName(d, p, exactCase)
		if err != nil {
			return "", err
		}
		quoted[i] = q
	}
	return strings.Join(quoted, "."), nil
}

// shown is a refused name as a message quotes it: as typed, or, when it
// holds control characters or is not UTF-8, with those escaped as Go writes
// them, so that the message stays readable. lang.Quote cuts it to its first
// 40 characters.
func shown(s string) lang.Quote {
	if utf8.ValidString(s) && strings.IndexFunc(s, unicode.IsControl) < 0 {
		return lang.Quote(s)
	}
	q := strconv.Quote(s)
	return lang.Quote(q[1 : len(q)-1])
}

// ident quotes a column name; a refusal is kept in g.err, the first one
// only, and the query is then not returned.
func (g *gen) ident(name string) string {
	q, err := quoteName(g.d, name, g.src.ExactCase)
	return g.quoted(name, q, err)
}

// table quotes the table's name like ident.
func (g *gen) table() string {
	q, err := quoteTable(g.d, g.src.Table, g.src.ExactCase)
	return g.quoted(g.src.Table, q, err)
}

func (g *gen) quoted(name, q string, err error) string {
	if err != nil && g.err == nil {
		g.err = err
	}
	if g.marked {
		return "⟪" + identifierQuoting + "(" + name + ")⟫"
	}
	return q
}
