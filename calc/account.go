package calc

// Account is one customer's ARR at the start and at the end of a period: the
// row of a per-customer table. Segment is optional (such as "SMB").
type Account struct {
	Customer string
	Start    Money
	End      Money
	Segment  string
}
