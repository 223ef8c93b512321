package sql

import (
	"database/sql"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestScratchProfile(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	db, _ := sql.Open("duckdb", "")
	db.SetMaxOpenConns(1)
	tbl := strings.ReplaceAll(strings.ReplaceAll(warehouseTable, "1000000", "200000"), "10000000", "2000000")
	if _, err := db.Exec(tbl); err != nil {
		t.Fatal(err)
	}
	q, _ := Movements(DuckDB, Source{Shape: Subscriptions, Table: "subs", Customer: "customer_id", Start: "start_date", End: "end_date", Amount: "monthly_amount"}, Conventions{})
	t0 := time.Now()
	rows, err := db.Query("EXPLAIN ANALYZE " + q)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var a, b string
		rows.Scan(&a, &b)
		fmt.Println(b)
	}
	fmt.Println(time.Since(t0))
}
