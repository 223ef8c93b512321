package calc

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

func TestClassify(t *testing.T) {
	for _, c := range []struct {
		scenario   string
		start, end Money
		want       Movement
	}{
		{"paying more", 100, 150, Expanded},
		{"paying the same", 100, 100, Flat},
		{"paying less", 100, 40, Contracted},
		{"paying nothing at the end", 100, 0, Churned},
		{"paying only at the end", 0, 70, New},
		{"paying at neither end", 0, 0, Inactive},
	} {
		if got := Classify(c.start, c.end); got != c.want {
			t.Errorf("%s: %v, want %v", c.scenario, got, c.want)
		}
	}
}

func TestBridgeClassifiesAndReconciles(t *testing.T) {
	b, err := NewBridge([]Account{
		{Customer: "Acme", Start: units(100_000), End: units(130_000), Segment: "Enterprise"},
		{Customer: "Bolt", Start: units(50_000), End: units(50_000), Segment: "SMB"},
		{Customer: "Cask", Start: units(40_000), End: units(25_000), Segment: "SMB"},
		{Customer: "Dune", Start: units(10_000), End: 0, Segment: "SMB"},
		{Customer: "Echo", Start: 0, End: units(20_000), Segment: "Enterprise"},
		{Customer: "Fern", Start: units(60_000), End: units(72_000)},
	}, BridgeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, got, want Money) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	check("start", b.Start, units(260_000))
	check("expansion", b.Expansion, units(42_000))
	check("contraction", b.Contraction, units(15_000))
	check("churn", b.Churn, units(10_000))
	check("new", b.New, units(20_000))
	check("end", b.End, units(297_000))
	check("average expansion", b.AverageExpansion, units(21_000))
	if got := b.Counts; got != [movements]int{Flat: 1, Expanded: 2, Contracted: 1, Churned: 1, New: 1} {
		t.Errorf("counts = %v", got)
	}
	if b.ExpansionPenetration != 2.0/5 {
		t.Errorf("penetration = %v, want 0.4", b.ExpansionPenetration)
	}
	// NRR leaves Echo (new) out: (260K + 42K − 15K − 10K) / 260K.
	if want := 277_000.0 / 260_000; math.Abs(b.Retention.NRR-want) > 1e-12 {
		t.Errorf("NRR = %v, want %v", b.Retention.NRR, want)
	}
	if b.Retention.LogoRetention != 4.0/5 {
		t.Errorf("logo retention = %v, want 0.8", b.Retention.LogoRetention)
	}
	if len(b.Segments) != 2 || b.Segments[0].Segment != "Enterprise" || b.Segments[1].Segment != "SMB" {
		t.Fatalf("segments = %+v", b.Segments)
	}
	smb := b.Segments[1]
	check("SMB start", smb.Start, units(100_000))
	check("SMB churn", smb.Churn, units(10_000))
	if want := 0.75; smb.Retention.NRR != want {
		t.Errorf("SMB NRR = %v, want %v", smb.Retention.NRR, want)
	}
}

func TestBridgeMergesDuplicateCustomersWithANotice(t *testing.T) {
	b, err := NewBridge([]Account{
		{Customer: "Acme", Start: units(100), End: units(50)},
		{Customer: "Bolt", Start: units(10), End: units(10)},
		{Customer: " Acme ", Start: units(20), End: units(90), Segment: "SMB"},
		{Customer: "", Start: units(1), End: units(1)},
		{Customer: "", Start: units(2), End: units(2)},
	}, BridgeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Rows) != 4 {
		t.Fatalf("rows = %d, want 4 (Acme merged, blank names kept apart)", len(b.Rows))
	}
	acme := b.Rows[0]
	if acme.Start != units(120) || acme.End != units(140) || acme.Movement != Expanded || acme.Segment != "SMB" {
		t.Errorf("merged Acme = %+v", acme)
	}
	if len(b.Notices) != 1 || b.Notices[0].Error() != "“Acme” appears on 2 rows; its rows were added together into one customer." {
		t.Errorf("notices = %q", b.Notices)
	}
}

func TestBridgeCapsDuplicateNotices(t *testing.T) {
	var accounts []Account
	for i := 0; i < maxNotices+5; i++ {
		name := "c" + strconv.Itoa(i)
		accounts = append(accounts, Account{Customer: name, Start: 1, End: 1}, Account{Customer: name, Start: 1, End: 1})
	}
	b, err := NewBridge(accounts, BridgeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Notices) != maxNotices+1 || b.Notices[maxNotices].Error() != "5 more customers appear on several rows and were merged the same way." {
		t.Errorf("notices: %d, last %q", len(b.Notices), b.Notices[len(b.Notices)-1])
	}
}

func TestBridgeErrors(t *testing.T) {
	for _, c := range []struct {
		scenario string
		accounts []Account
		want     string
	}{
		{"negative start", []Account{{Customer: "A", Start: 1, End: 1}, {Customer: "B", Start: -5, End: 1}},
			"Row 2 (“B”): ARR at start is negative; ARR cannot be below zero."},
		{"negative end", []Account{{Customer: "A", Start: 1, End: -1}},
			"Row 1 (“A”): ARR at end is negative; ARR cannot be below zero."},
		{"totals overflow", []Account{{Customer: "A", Start: MaxMoney, End: 1}, {Customer: "B", Start: 1, End: 1}},
			"Row 2 (“B”): the totals are too large to compute exactly."},
		{"merged duplicate overflows", []Account{{Customer: "A", Start: MaxMoney, End: 1}, {Customer: "A", Start: 1, End: 1}},
			"Row 2 (“A”): the totals are too large to compute exactly."},
	} {
		_, err := NewBridge(c.accounts, BridgeOptions{})
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: error = %v, want %q", c.scenario, err, c.want)
		}
	}
}

func TestBridgeWithoutStartingARRHasNoNRR(t *testing.T) {
	b, err := NewBridge([]Account{{Customer: "New", End: units(10)}}, BridgeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if b.RetentionErr == nil || b.New != units(10) || b.End != units(10) {
		t.Errorf("bridge = %+v", b)
	}
}

func TestBridgeGRRConventions(t *testing.T) {
	// One customer expands by 30, another contracts by 20: per customer GRR
	// counts the contraction; on totals the expansion offsets it.
	accounts := []Account{{Customer: "A", Start: 100, End: 130}, {Customer: "B", Start: 100, End: 80}}
	for _, c := range []struct {
		scenario string
		cap      GRRCap
		want     float64
	}{
		{"capped per customer", CapPerCustomer, 0.9},
		{"capped on totals", CapOnTotals, 1},
	} {
		b, err := NewBridge(accounts, BridgeOptions{GRRCap: c.cap})
		if err != nil {
			t.Fatal(err)
		}
		if b.Retention.GRR != c.want {
			t.Errorf("%s: GRR = %v, want %v", c.scenario, b.Retention.GRR, c.want)
		}
		if len(b.Retention.Method) == 0 {
			t.Errorf("%s: no method statement", c.scenario)
		}
	}
}

func randomAccounts(rng *rand.Rand, n int) []Account {
	accounts := make([]Account, n)
	for i := range accounts {
		a := Account{Customer: "c" + strconv.Itoa(rng.IntN(n+1))}
		if rng.IntN(5) > 0 {
			a.Start = Money(rng.Int64N(100_000_000_00))
		}
		switch rng.IntN(4) {
		case 0:
			a.End = a.Start
		case 1:
		default:
			a.End = Money(rng.Int64N(200_000_000_00))
		}
		accounts[i] = a
	}
	return accounts
}

func TestBridgePropertyReconcilesExactly(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 2_000; i++ {
		accounts := randomAccounts(rng, rng.IntN(60))
		b, err := NewBridge(accounts, BridgeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var start, end Money
		for _, a := range accounts {
			start += a.Start
			end += a.End
		}
		if b.Start != start || b.End != end {
			t.Fatalf("totals %v→%v, want %v→%v", b.Start, b.End, start, end)
		}
		if b.Start+b.Expansion-b.Contraction-b.Churn+b.New != b.End {
			t.Fatalf("bridge does not reconcile: %v + %v − %v − %v + %v ≠ %v",
				b.Start, b.Expansion, b.Contraction, b.Churn, b.New, b.End)
		}
		if b.RetentionErr == nil && (b.Retention.GRR > 1 || math.Abs(b.Retention.NRR-b.Retention.GRR-b.Retention.ExpansionRate) > 1e-9) {
			t.Fatalf("retention identities fail: %+v", b.Retention)
		}
	}
}

func BenchmarkBridge1MCustomers(b *testing.B) {
	accounts := randomAccounts(rand.New(rand.NewPCG(5, 6)), 1_000_000)
	for i := range accounts {
		accounts[i].Customer = "customer-" + strconv.Itoa(i)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewBridge(accounts, BridgeOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
