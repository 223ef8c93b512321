package sql

import (
	"fmt"
	"strings"
	"unicode/utf8"
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
		return "", fmt.Errorf("%s", errTableEmpty)
	case !utf8.ValidString(name):
		return "", fmt.Errorf(errNameUTF8, name)
	case len(name) > maxName[d]:
		return "", fmt.Errorf(errNameTooLong, shorten(name), len(name), d, maxName[d])
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' {
			return "", fmt.Errorf(errNameControl, shorten(name))
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
			return "", fmt.Errorf(errNameBacktick, shorten(name))
		}
		if strings.ContainsRune(name, '\\') {
			return "", fmt.Errorf(errNameBackslash, shorten(name))
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
		return "", fmt.Errorf("%s", errTableEmpty)
	}
	parts := strings.Split(table, ".")
	if len(parts) > 3 {
		return "", fmt.Errorf(errTableParts, shorten(table), len(parts))
	}
	quoted := make([]string, len(parts))
	for i, p := range parts {
		if p == "" {
			return "", fmt.Errorf(errTablePartEmpty, shorten(table))
		}
		q, err := quoteName(d, p, exactCase)
		if err != nil {
			return "", err
		}
		quoted[i] = q
	}
	return strings.Join(quoted, "."), nil
}

// shorten keeps a refused name readable in a message: its first 40
// characters.
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	n := 0
	for i := range s {
		if n == 40 {
			return s[:i] + "…"
		}
		n++
	}
	return s
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
