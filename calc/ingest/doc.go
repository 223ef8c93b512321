// Package ingest reads what people paste into NRR Lab: single figures typed
// the way their country writes money, and tables copied from spreadsheets,
// CSV files and billing exports. Every value is read exactly into calc.Money;
// every cell that cannot be read is reported with its row, column, text and
// what was expected.
package ingest
