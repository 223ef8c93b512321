// Package calc is NRR Lab's calculation core: retention from totals, the ARR
// bridge from per-customer rows, projections, scenarios and goal seek, all
// exact to the cent.
//
// Amounts are Money, an integer count of cents, so that sums reconcile
// exactly; rates and ratios are float64 fractions (1.05 means 105%). The
// package imports only the standard library and knows nothing of browsers.
//
// Sub-packages hold the other families: ingest reads what people paste,
// monthly works on customer × month series and cohorts, benchmark holds the
// band sets, and ops the operations calculators.
package calc
