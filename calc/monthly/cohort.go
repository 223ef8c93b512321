package monthly

import (
	"strconv"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// Grouping is the length of a cohort: customers who first paid in the same
// month, quarter or year.
type Grouping uint8

const (
	ByMonth Grouping = iota
	ByQuarter
	ByYear
)

// months returns the number of months of a grouping's period.
func (g Grouping) months() int {
	switch g {
	case ByQuarter:
		return 3
	case ByYear:
		return 12
	}
	return 1
}

// Cohort is the customers who first paid in the same period, followed by age.
// Age 0 is the last month of the cohort's first period, when every member
// has joined; age k is k periods later, measured in the last month of that
// period. Ages run while that month is in the series.
type Cohort struct {
	Label     string
	Start     Month // the first month of the cohort's period
	Customers int
	// Revenue is the cohort's revenue at each age.
	Revenue []calc.Money
	// RevenueRetention is Revenue[age] / Revenue[0]: the cohort's NRR by age.
	// It is zero when the cohort had no revenue at age 0 (RetentionDefined
	// false).
	RevenueRetention []float64
	RetentionDefined bool
	// LogoRetention is the share of the cohort's customers paying at each age.
	LogoRetention []float64
	// Expanded is the cumulative share of the cohort's customers who, by
	// each age, have paid more than in their first month.
	Expanded []float64
	// Method says in sentences who the cohort is and what its ages are.
	Method []lang.Msg
}

// Cohorts groups the customers of s by the period they first paid in and
// follows each group by age, oldest cohort first. Customers who never paid
// belong to no cohort.
func Cohorts(s *Series, g Grouping) ([]Cohort, error) {
	if g > ByYear {
		return nil, lang.M(errGrouping, int(g))
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	p := g.months()
	// The period of a month: calendar quarters and years, not ones counted
	// from the series' start.
	period := func(m Month) Month { return m - Month((int(m)%p+p)%p) }
	first, last := period(s.Start), period(s.Start+Month(s.Months-1))
	nCohorts := int(last-first)/p + 1
	cohorts := make([]Cohort, nCohorts)
	for i := range cohorts {
		c := &cohorts[i]
		c.Start = first + Month(i*p)
		end := c.Start + Month(p-1) // age 0's month
		ages := 0
		if seriesEnd := s.Start + Month(s.Months-1); end <= seriesEnd {
			ages = int(seriesEnd-end)/p + 1
		}
		c.Label = cohortLabel(c.Start, g)
		c.Revenue = make([]calc.Money, ages)
		c.RevenueRetention = make([]float64, ages)
		c.LogoRetention = make([]float64, ages)
		c.Expanded = make([]float64, ages)
	}
	n := s.Months
	for cust := range s.Customers {
		row := s.Amounts[cust*n : (cust+1)*n]
		f := -1
		for m, v := range row {
			if v > 0 {
				f = m
				break
			}
		}
		if f < 0 {
			continue
		}
		c := &cohorts[int(period(s.Start+Month(f))-first)/p]
		c.Customers++
		expandAt := -1
		for m := f + 1; m < n; m++ {
			if row[m] > row[f] {
				expandAt = m
				break
			}
		}
		for age := range c.Revenue {
			m := int(c.Start-s.Start) + p - 1 + age*p // the month index of this age
			if m < 0 || m >= n {
				continue
			}
			sum, err := c.Revenue[age].Add(row[m])
			if err != nil {
				return nil, lang.M(errOverflow, lang.Month(s.Start+Month(m)))
			}
			c.Revenue[age] = sum
			if row[m] > 0 {
				c.LogoRetention[age]++
			}
			if expandAt >= 0 && expandAt <= m {
				c.Expanded[age]++
			}
		}
	}
	for i := range cohorts {
		c := &cohorts[i]
		c.RetentionDefined = len(c.Revenue) > 0 && c.Revenue[0] > 0
		for age := range c.Revenue {
			if c.RetentionDefined {
				c.RevenueRetention[age] = c.Revenue[age].Ratio(c.Revenue[0])
			}
			if c.Customers > 0 {
				c.LogoRetention[age] /= float64(c.Customers)
				c.Expanded[age] /= float64(c.Customers)
			}
		}
		var label any = c.Label
		if g == ByMonth {
			label = lang.Month(c.Start)
		}
		ages := [...]lang.Key{ByMonth: methodCohortAgesMonth, ByQuarter: methodCohortAgesQuarter, ByYear: methodCohortAgesYear}[g]
		c.Method = []lang.Msg{lang.M(methodCohort, label, lang.Count(c.Customers)), lang.M(ages, lang.Month(c.Start+Month(p-1)))}
	}
	return cohorts, nil
}

func cohortLabel(start Month, g Grouping) string {
	switch g {
	case ByQuarter:
		return strconv.Itoa(start.Year()) + " Q" + strconv.Itoa(int(start.Month()-1)/3+1)
	case ByYear:
		return strconv.Itoa(start.Year())
	}
	return start.String()
}
