package ingest

import (
	"strings"
	"testing"

	"nrrlab/calc"
)

func FuzzReadMovements(f *testing.F) {
	for _, s := range []string{
		"month,new_mrr,expansion_mrr,contraction_mrr,churned_mrr,ending_mrr\n2024-01-01,1,0,0,0,1\n2024-02-01,0,2,0,0,3\n",
		"date,mrr,mrr-new-business,mrr-expansion,mrr-contraction,mrr-churn\n2024-01-31,5,5,0,0,0\n2024-03-31,4,0,0,-1,0\n",
		"DATE,CUSTOMER_NAME,MRR_MOVEMENT,MRR,MOVEMENT_TYPE\n2024-01-03,A,500,500,new_biz\n2024-02-03,A,-500,0,churn\n2024-02-03,-,1,9,reactivation\n",
		"Bulan\tMRR Awal\tMRR Baru\tEkspansi\tKontraksi\tMRR Akhir\nJan 2024\tRp 1.000\tRp 0\tRp 0\tRp 0\tRp 1.000\nJumlah\t\t\t\t\t\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := ReadTable(data)
		if err != nil {
			return
		}
		m, ok := DetectMovements(tab)
		if !ok {
			return
		}
		r, rep := tab.Movements(m)
		checkSaid(t, &rep, nil)
		for _, e := range rep.Errors {
			if e.Row < 1 || e.Expected.Key == "" || !strings.Contains(e.Error(), "Expected") {
				t.Fatalf("an error without its place or what was expected: %+v", e)
			}
		}
		if r == nil {
			if rep.OK() {
				t.Fatal("nothing read, and no error says why")
			}
			return
		}
		mismatched := map[string]bool{}
		for _, mis := range r.Mismatches {
			if mis.Found-mis.Expected != mis.Difference {
				t.Fatalf("a mismatch whose difference is wrong: %+v", mis)
			}
			key := mis.Month.String()
			if mis.Carry {
				key += " carry"
			}
			mismatched[key] = true
		}
		for i, mm := range r.Months {
			if i > 0 && mm.Month <= r.Months[i-1].Month {
				t.Fatalf("months out of order: %s after %s", mm.Month, r.Months[i-1].Month)
			}
			if mm.Starting+mm.New+mm.Expansion+mm.Reactivation-mm.Contraction-mm.Churn != mm.Total && !mismatched[mm.Month.String()] {
				t.Fatalf("%s does not add up and nothing says so: %+v", mm.Month, mm)
			}
			if i > 0 && r.Months[i-1].Month == mm.Month-1 && r.Months[i-1].Total != mm.Starting && !mismatched[mm.Month.String()+" carry"] {
				t.Fatalf("%s does not start where the month before ended and nothing says so", mm.Month)
			}
			if mm.Contraction < 0 || mm.Churn < 0 || mm.New < 0 || mm.Expansion < 0 || mm.Reactivation < 0 {
				t.Fatalf("%s: a negative movement %+v", mm.Month, mm.Movement)
			}
		}
		if m.Shape == CustomerMovements {
			sums := map[string]calc.Money{}
			for _, cm := range r.Customers {
				sums[cm.Month.String()+cm.Kind.String()] += cm.Amount
			}
			for _, mm := range r.Months {
				for _, k := range []struct {
					kind MovementKind
					v    calc.Money
				}{{KindNew, mm.New}, {KindExpansion, mm.Expansion}, {KindContraction, mm.Contraction}, {KindChurn, mm.Churn}, {KindReactivation, mm.Reactivation}} {
					if sums[mm.Month.String()+k.kind.String()] != k.v {
						t.Fatalf("%s %s: the customers add up to %s, the month says %s", mm.Month, k.kind, sums[mm.Month.String()+k.kind.String()], k.v)
					}
				}
			}
		}
	})
}
