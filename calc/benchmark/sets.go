package benchmark

import (
	"math"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// Every band set of the source articles, and every user-facing text of this
// package, as lang.Keys: band names, meanings, set titles, the articles and
// their sections, the facets' labels. A translation touches this file only.

// errNotAFigure is ErrNotAFigure's sentence.
const errNotAFigure lang.Key = "The figure is not a number, so it cannot be placed."

// The source articles. The NRR article has an Indonesian and a Malay edition
// with the same figures.
const (
	articleNRR       lang.Key = "Net Revenue Retention: the key SaaS growth metric"
	articleStrategy  lang.Key = "Expansion revenue strategy"
	articleRenewal   lang.Key = "Renewal metrics"
	articleExpansion lang.Key = "Expansion metrics"
)

// Keys of the segment, stage and industry facets, and their labels for a
// select.
var (
	Segments   = []Choice{{"smb", "SMB"}, {"mid-market", "Mid-market"}, {"enterprise", "Enterprise"}}
	Stages     = []Choice{{"early", "Early stage (before product-market fit)"}, {"growth", "Growth stage (scaling up)"}, {"mature", "Mature (optimising)"}, {"pre-series-b", "Pre-Series B"}, {"50m-arr", "Near $50M ARR"}}
	Industries = []Choice{{"software", "Software and technology"}, {"professional-services", "Professional services"}, {"healthcare", "Healthcare"}, {"manufacturing", "Manufacturing"}, {"education", "Education"}, {"non-profit", "Non-profit"}}
)

// stageSizes are the stages the articles define by a company's size: the
// ARR, in US dollars, a company of the stage is near.
var stageSizes = map[string]calc.Money{"50m-arr": calc.MustUnits(50_000_000)}

// SizeOf returns the ARR in US dollars that a stage is defined by ($50M for
// "50m-arr"), and false for a stage defined otherwise. The articles give
// sizes in US dollars only: a page converts them for a user who counts in
// another currency.
func SizeOf(stage string) (calc.Money, bool) {
	m, ok := stageSizes[stage]
	return m, ok
}

// Choice is a facet value and its label.
type Choice struct {
	Key   string
	Label lang.Key
}

// industryGroup maps an industry to the group the expansion-metrics article
// gives it.
var industryGroup = map[string]string{
	"software": "high-expansion", "professional-services": "high-expansion", "healthcare": "high-expansion",
	"manufacturing": "lower-expansion", "education": "lower-expansion", "non-profit": "lower-expansion",
}

var inf = math.Inf(1)

// peers are the groups of companies a typical range is for.
type peers uint8

const (
	peersSMB peers = iota
	peersMidMarket
	peersEnterprise
	peersEarly
	peersGrowth
	peersMature
	peersIndustry
)

// peerBands are the names and meanings of the three bands of each peer
// group's typical range, each written whole so that a translation can word
// the group as its language does: below, within and above.
var peerBands = [...][3][2]lang.Key{
	peersSMB: {
		{"Below the SMB range", "below what SMB companies typically reach"},
		{"Within the SMB range", "in line with SMB companies"},
		{"Above the SMB range", "ahead of SMB companies"},
	},
	peersMidMarket: {
		{"Below the mid-market range", "below what mid-market companies typically reach"},
		{"Within the mid-market range", "in line with mid-market companies"},
		{"Above the mid-market range", "ahead of mid-market companies"},
	},
	peersEnterprise: {
		{"Below the enterprise range", "below what enterprise companies typically reach"},
		{"Within the enterprise range", "in line with enterprise companies"},
		{"Above the enterprise range", "ahead of enterprise companies"},
	},
	peersEarly: {
		{"Below the early-stage range", "below what early-stage companies typically reach"},
		{"Within the early-stage range", "in line with early-stage companies"},
		{"Above the early-stage range", "ahead of early-stage companies"},
	},
	peersGrowth: {
		{"Below the growth-stage range", "below what growth-stage companies typically reach"},
		{"Within the growth-stage range", "in line with growth-stage companies"},
		{"Above the growth-stage range", "ahead of growth-stage companies"},
	},
	peersMature: {
		{"Below the mature range", "below what mature companies typically reach"},
		{"Within the mature range", "in line with mature companies"},
		{"Above the mature range", "ahead of mature companies"},
	},
	peersIndustry: {
		{"Below the industry's range", "below what companies in these industries typically reach"},
		{"Within the industry's range", "in line with companies in these industries"},
		{"Above the industry's range", "ahead of companies in these industries"},
	},
}

// within makes the bands of a typical range lo–hi where higher is better:
// below it, within it (hi included) and above it.
func within(lo, hi float64, p peers) []Band {
	b := peerBands[p]
	return []Band{
		{Name: b[0][0], From: -inf, Verdict: Red, Meaning: b[0][1]},
		{Name: b[1][0], From: lo, Verdict: Green, Meaning: b[1][1]},
		{Name: b[2][0], From: hi, FromExclusive: true, Verdict: Green, Meaning: b[2][1]},
	}
}

// atLeast makes the two bands of a threshold where higher is better.
func atLeast(x float64, name, below lang.Key, belowVerdict Verdict) []Band {
	return []Band{
		{Name: below, From: -inf, Verdict: belowVerdict, Meaning: "below the mark"},
		{Name: name, From: x, Verdict: Green, Meaning: "at or above the mark"},
	}
}

// Sets is every benchmark set, in the order a page shows them.
var Sets = []Set{
	// NRR
	{ID: "nrr-overall", Title: "NRR benchmark", Metric: NRR, Facet: Overall, Min: 0.7, Max: 1.4,
		Source: Source{articleNRR, "NRR benchmarks"},
		Bands: []Band{
			{Name: "Critical", From: -inf, Verdict: Red, Meaning: "a leaky bucket: even strong new sales cannot drive healthy growth"},
			{Name: "Needs improvement", From: 0.90, Verdict: Yellow, Meaning: "losing more than you gain; growth depends on new customers"},
			{Name: "Strong", From: 1.00, Verdict: Green, Meaning: "retaining well with meaningful expansion"},
			{Name: "World-class", From: 1.20, Verdict: Green, Meaning: "expansion far exceeds churn and contraction"},
		}},
	{ID: "nrr-renewal-reading", Title: "NRR, the renewal article's reading", Metric: NRR, Facet: Overall, Min: 0.8, Max: 1.3,
		Source: Source{articleRenewal, "Net revenue retention"},
		Bands: []Band{
			{Name: "Shrinking", From: -inf, Verdict: Red, Meaning: "the base shrinks before any new sales are counted"},
			{Name: "Good", From: 1.00, Verdict: Green, Meaning: "the base grows on its own"},
			{Name: "Excellent", From: 1.10, Verdict: Green, Meaning: "strong expansion over losses"},
			{Name: "Special", From: 1.20, Verdict: Green, Meaning: "you have built something special"},
		}},
	{ID: "nrr-smb", Title: "NRR, SMB", Metric: NRR, Facet: Segment, Key: "smb", Min: 0.7, Max: 1.2,
		Source: Source{articleRenewal, "Renewal benchmarks by segment"}, Bands: within(0.85, 1.00, peersSMB)},
	{ID: "nrr-mid-market", Title: "NRR, mid-market", Metric: NRR, Facet: Segment, Key: "mid-market", Min: 0.8, Max: 1.25,
		Source: Source{articleRenewal, "Renewal benchmarks by segment"}, Bands: within(0.95, 1.10, peersMidMarket)},
	{ID: "nrr-enterprise", Title: "NRR, enterprise", Metric: NRR, Facet: Segment, Key: "enterprise", Min: 0.85, Max: 1.35,
		Source: Source{articleRenewal, "Renewal benchmarks by segment"}, Bands: within(1.00, 1.20, peersEnterprise)},
	{ID: "nrr-smb-nrr-article", Title: "NRR, SMB (NRR article)", Metric: NRR, Facet: Segment, Key: "smb", Min: 0.8, Max: 1.25,
		Source: Source{articleNRR, "Segment matters"}, Bands: within(0.95, 1.10, peersSMB)},
	{ID: "nrr-enterprise-nrr-article", Title: "NRR, enterprise (NRR article)", Metric: NRR, Facet: Segment, Key: "enterprise", Min: 0.9, Max: 1.45,
		Source: Source{articleNRR, "Segment matters"},
		Bands: []Band{
			{Name: "Below the enterprise range", From: -inf, Verdict: Red, Meaning: "enterprise SaaS with annual contracts usually reaches 110–130%+"},
			{Name: "Within the enterprise range", From: 1.10, Verdict: Green, Meaning: "in line with enterprise SaaS on annual contracts"},
			{Name: "Top of the enterprise range", From: 1.30, Verdict: Green, Meaning: "at the 130%+ top of enterprise SaaS"},
		}},
	{ID: "nrr-early", Title: "NRR, early stage", Metric: NRR, Facet: Stage, Key: "early", Min: 0.75, Max: 1.2,
		Source: Source{articleExpansion, "Industry benchmarks by stage"}, Bands: within(0.90, 1.05, peersEarly)},
	{ID: "nrr-growth", Title: "NRR, growth stage", Metric: NRR, Facet: Stage, Key: "growth", Min: 0.9, Max: 1.3,
		Source: Source{articleExpansion, "Industry benchmarks by stage"}, Bands: within(1.05, 1.15, peersGrowth)},
	{ID: "nrr-mature", Title: "NRR, mature", Metric: NRR, Facet: Stage, Key: "mature", Min: 0.95, Max: 1.35,
		Source: Source{articleExpansion, "Industry benchmarks by stage"},
		Bands: []Band{
			{Name: "Below the mature range", From: -inf, Verdict: Red, Meaning: "mature companies target 110–120%+"},
			{Name: "Within the mature range", From: 1.10, Verdict: Green, Meaning: "in line with mature companies"},
			{Name: "Top of the mature range", From: 1.20, Verdict: Green, Meaning: "at the 120%+ top of mature companies"},
		}},
	{ID: "nrr-pre-series-b", Title: "NRR, pre-Series B", Metric: NRR, Facet: Stage, Key: "pre-series-b", Min: 0.8, Max: 1.2,
		Source: Source{articleNRR, "Stage matters"}, Bands: atLeast(1.00, "Respectable", "Below respectable", Yellow)},
	{ID: "nrr-50m-arr", Title: "NRR, near $50M ARR", Metric: NRR, Facet: Stage, Key: "50m-arr", Min: 0.9, Max: 1.3,
		Source: Source{articleNRR, "Stage matters"},
		Bands: []Band{
			{Name: "Below the mark", From: -inf, Verdict: Yellow, Meaning: "near $50M ARR, aim above 110% consistently"},
			{Name: "Above 110%", From: 1.10, FromExclusive: true, Verdict: Green, Meaning: "where a company near $50M ARR should be"},
		}},
	{ID: "nrr-high-expansion-industry", Title: "NRR, high-expansion industries", Metric: NRR, Facet: Industry, Key: "high-expansion", Min: 0.9, Max: 1.45,
		Source: Source{articleExpansion, "Industry expansion patterns"},
		Bands: []Band{
			{Name: "Below what peers often reach", From: -inf, Verdict: Yellow, Meaning: "software, professional services and healthcare often reach 130%+"},
			{Name: "At the industry's usual 130%+", From: 1.30, Verdict: Green, Meaning: "in line with the industry's best"},
		}},
	{ID: "nrr-lower-expansion-industry", Title: "NRR, lower-expansion industries", Metric: NRR, Facet: Industry, Key: "lower-expansion", Min: 0.85, Max: 1.25,
		Source: Source{articleExpansion, "Industry expansion patterns"}, Bands: within(1.00, 1.10, peersIndustry)},
	{ID: "nrr-maturity", Title: "Expansion maturity, by NRR", Metric: NRR, Facet: Maturity, Min: 0.9, Max: 1.4,
		Source: Source{articleStrategy, "The expansion maturity model"},
		Bands: []Band{
			{Name: "Stage 1: reactive", From: -inf, Verdict: Red, Meaning: "expansion happens by accident; NRR below 100%"},
			{Name: "Between stages 1 and 2", From: 1.00, Verdict: Yellow, Meaning: "past reactive, short of basic systematic"},
			{Name: "Stage 2: basic systematic", From: 1.05, Verdict: Yellow, Meaning: "expansion quotas and pipeline; NRR 105–110%"},
			{Name: "Between stages 2 and 3", From: 1.10, FromExclusive: true, Verdict: Green, Meaning: "past basic systematic, short of structured"},
			{Name: "Stage 3: structured", From: 1.15, Verdict: Green, Meaning: "dedicated expansion roles and playbooks; NRR 115–120%"},
			{Name: "Stage 4: data-driven", From: 1.20, FromExclusive: true, Verdict: Green, Meaning: "analytics predict expansion; NRR above 120%"},
			{Name: "Stage 5: predictive", From: 1.30, FromExclusive: true, Verdict: Green, Meaning: "automated, predictive expansion; NRR above 130%"},
		}},
	{ID: "nrr-best-in-class", Title: "NRR, best in class", Metric: NRR, Facet: BestInClass, Min: 0.9, Max: 1.3,
		Source: Source{articleRenewal, "Best in class"}, Bands: atLeast(1.15, "Best in class", "Below best in class", Yellow)},

	// GRR
	{ID: "grr-health", Title: "GRR benchmark", Metric: GRR, Facet: Overall, Min: 0.6, Max: 1.0,
		Source: Source{articleRenewal, "Gross revenue retention"},
		Bands: []Band{
			{Name: "Needs immediate action", From: -inf, Verdict: Red, Meaning: "below 80% needs intervention now"},
			{Name: "Below strong", From: 0.80, Verdict: Yellow, Meaning: "short of the 85–95% of strong businesses"},
			{Name: "Strong", From: 0.85, Verdict: Green, Meaning: "85–95%: a strong business"},
			{Name: "Best in class", From: 0.95, Verdict: Green, Meaning: "95% and above"},
		}},
	{ID: "grr-smb", Title: "GRR, SMB", Metric: GRR, Facet: Segment, Key: "smb", Min: 0.6, Max: 1.0,
		Source: Source{articleRenewal, "Renewal benchmarks by segment"}, Bands: within(0.75, 0.90, peersSMB)},
	{ID: "grr-mid-market", Title: "GRR, mid-market", Metric: GRR, Facet: Segment, Key: "mid-market", Min: 0.7, Max: 1.0,
		Source: Source{articleRenewal, "Renewal benchmarks by segment"}, Bands: within(0.88, 0.95, peersMidMarket)},
	{ID: "grr-enterprise", Title: "GRR, enterprise", Metric: GRR, Facet: Segment, Key: "enterprise", Min: 0.75, Max: 1.0,
		Source: Source{articleRenewal, "Renewal benchmarks by segment"}, Bands: within(0.92, 0.98, peersEnterprise)},
	{ID: "grr-best-in-class", Title: "GRR, best in class", Metric: GRR, Facet: BestInClass, Min: 0.7, Max: 1.0,
		Source: Source{articleRenewal, "Best in class"}, Bands: atLeast(0.95, "Best in class", "Below best in class", Yellow)},

	// Logo retention
	{ID: "logo-health", Title: "Logo renewal benchmark", Metric: LogoRetention, Facet: Overall, Min: 0.6, Max: 1.0,
		Source: Source{articleRenewal, "Logo renewal rate"},
		Bands: []Band{
			{Name: "Serious problem", From: -inf, Verdict: Red, Meaning: "below 80% means a serious problem"},
			{Name: "Below healthy", From: 0.80, Verdict: Yellow, Meaning: "short of the 85–95% of healthy SaaS"},
			{Name: "Healthy", From: 0.85, Verdict: Green, Meaning: "85–95%: healthy SaaS"},
			{Name: "Best in class", From: 0.95, Verdict: Green, Meaning: "95% and above"},
		}},
	{ID: "logo-smb", Title: "Logo retention, SMB", Metric: LogoRetention, Facet: Segment, Key: "smb", Min: 0.5, Max: 1.0,
		Source: Source{articleRenewal, "Renewal benchmarks by segment"}, Bands: within(0.70, 0.85, peersSMB)},
	{ID: "logo-mid-market", Title: "Logo retention, mid-market", Metric: LogoRetention, Facet: Segment, Key: "mid-market", Min: 0.7, Max: 1.0,
		Source: Source{articleRenewal, "Renewal benchmarks by segment"}, Bands: within(0.85, 0.92, peersMidMarket)},
	{ID: "logo-enterprise", Title: "Logo retention, enterprise", Metric: LogoRetention, Facet: Segment, Key: "enterprise", Min: 0.75, Max: 1.0,
		Source: Source{articleRenewal, "Renewal benchmarks by segment"}, Bands: within(0.90, 0.97, peersEnterprise)},
	{ID: "logo-churn-smb", Title: "Annual logo churn, SMB world-class", Metric: LogoRetention, Facet: Segment, Key: "smb", Min: 0.7, Max: 1.0,
		Source: Source{articleNRR, "Reducing churn"},
		Bands: []Band{
			{Name: "Churn of 10% or more", From: -inf, Verdict: Yellow, Meaning: "world-class SMB companies keep annual logo churn under 10%"},
			{Name: "World-class churn", From: 0.90, FromExclusive: true, Verdict: Green, Meaning: "annual logo churn under 10%"},
		}},
	{ID: "logo-churn-enterprise", Title: "Annual logo churn, enterprise world-class", Metric: LogoRetention, Facet: Segment, Key: "enterprise", Min: 0.8, Max: 1.0,
		Source: Source{articleNRR, "Reducing churn"},
		Bands: []Band{
			{Name: "Churn of 5% or more", From: -inf, Verdict: Yellow, Meaning: "world-class enterprise companies keep annual logo churn under 5%"},
			{Name: "World-class churn", From: 0.95, FromExclusive: true, Verdict: Green, Meaning: "annual logo churn under 5%"},
		}},
	{ID: "logo-best-in-class", Title: "Logo retention, best in class", Metric: LogoRetention, Facet: BestInClass, Min: 0.7, Max: 1.0,
		Source: Source{articleRenewal, "Best in class"}, Bands: atLeast(0.95, "Best in class", "Below best in class", Yellow)},

	// Monthly expansion rate
	{ID: "expansion-rate-health", Title: "Monthly expansion rate", Metric: MonthlyExpansionRate, Facet: Overall, Min: 0, Max: 0.07,
		Source: Source{articleExpansion, "Expansion rate"},
		Bands: []Band{
			{Name: "Below healthy", From: -inf, Verdict: Yellow, Meaning: "healthy SaaS expands 2–4% of its base a month"},
			{Name: "Healthy", From: 0.02, Verdict: Green, Meaning: "2–4% a month"},
			{Name: "Strong", From: 0.04, FromExclusive: true, Verdict: Green, Meaning: "between healthy and exceptional"},
			{Name: "Exceptional", From: 0.05, FromExclusive: true, Verdict: Green, Meaning: "above 5%: you may be underselling at the start"},
		}},
	{ID: "expansion-rate-early", Title: "Monthly expansion rate, early stage", Metric: MonthlyExpansionRate, Facet: Stage, Key: "early", Min: 0, Max: 0.04,
		Source: Source{articleExpansion, "Industry benchmarks by stage"}, Bands: within(0.01, 0.02, peersEarly)},
	{ID: "expansion-rate-growth", Title: "Monthly expansion rate, growth stage", Metric: MonthlyExpansionRate, Facet: Stage, Key: "growth", Min: 0, Max: 0.05,
		Source: Source{articleExpansion, "Industry benchmarks by stage"}, Bands: within(0.02, 0.03, peersGrowth)},
	{ID: "expansion-rate-mature", Title: "Monthly expansion rate, mature", Metric: MonthlyExpansionRate, Facet: Stage, Key: "mature", Min: 0, Max: 0.06,
		Source: Source{articleExpansion, "Industry benchmarks by stage"}, Bands: within(0.03, 0.04, peersMature)},

	// Expansion penetration
	{ID: "penetration-health", Title: "Expansion penetration", Metric: ExpansionPenetration, Facet: Overall, Min: 0, Max: 0.6,
		Source: Source{articleExpansion, "Expansion penetration"},
		Bands: []Band{
			{Name: "Low", From: -inf, Verdict: Red, Meaning: "money left on the table, or a portfolio that does not support growth"},
			{Name: "Below strong", From: 0.10, Verdict: Yellow, Meaning: "early and growth-stage companies see 10–30%"},
			{Name: "Strong", From: 0.30, Verdict: Green, Meaning: "strong software companies see 30–40% expand in two years"},
		}},
	{ID: "penetration-early", Title: "Expansion penetration, early stage", Metric: ExpansionPenetration, Facet: Stage, Key: "early", Min: 0, Max: 0.4,
		Source: Source{articleExpansion, "Industry benchmarks by stage"}, Bands: within(0.10, 0.20, peersEarly)},
	{ID: "penetration-growth", Title: "Expansion penetration, growth stage", Metric: ExpansionPenetration, Facet: Stage, Key: "growth", Min: 0, Max: 0.5,
		Source: Source{articleExpansion, "Industry benchmarks by stage"}, Bands: within(0.20, 0.30, peersGrowth)},
	{ID: "penetration-mature", Title: "Expansion penetration, mature", Metric: ExpansionPenetration, Facet: Stage, Key: "mature", Min: 0, Max: 0.6,
		Source: Source{articleExpansion, "Industry benchmarks by stage"}, Bands: within(0.30, 0.40, peersMature)},

	// Expansion as a share of new ARR
	{ID: "share-maturity", Title: "Expansion maturity, by share of new ARR", Metric: ExpansionShare, Facet: Maturity, Min: 0, Max: 1,
		Source: Source{articleStrategy, "The expansion maturity model"},
		Bands: []Band{
			{Name: "Stage 1: reactive", From: -inf, Verdict: Red, Meaning: "expansion under 10% of new ARR"},
			{Name: "Between stages 1 and 2", From: 0.10, Verdict: Yellow, Meaning: "past reactive, short of basic systematic"},
			{Name: "Stage 2: basic systematic", From: 0.20, Verdict: Yellow, Meaning: "expansion 20–30% of new ARR"},
			{Name: "Between stages 2 and 3", From: 0.30, FromExclusive: true, Verdict: Green, Meaning: "past basic systematic, short of structured"},
			{Name: "Stage 3: structured", From: 0.40, Verdict: Green, Meaning: "expansion 40–50% of new ARR"},
			{Name: "Between stages 3 and 4", From: 0.50, FromExclusive: true, Verdict: Green, Meaning: "past structured, short of data-driven"},
			{Name: "Stage 4: data-driven", From: 0.60, FromExclusive: true, Verdict: Green, Meaning: "expansion above 60% of new ARR"},
			{Name: "Stage 5: predictive", From: 0.70, Verdict: Green, Meaning: "expansion 70%+ of new ARR"},
		}},

	// Renewal operations
	{ID: "save-rate", Title: "Save rate", Metric: SaveRate, Facet: Overall, Min: 0, Max: 1,
		Source: Source{articleRenewal, "Save rate"},
		Bands: []Band{
			{Name: "Failing", From: -inf, Verdict: Red, Meaning: "interventions are not working, or at-risk accounts are flagged too late"},
			{Name: "Below strong", From: 0.40, Verdict: Yellow, Meaning: "short of the 50–70% of strong teams"},
			{Name: "Strong", From: 0.50, Verdict: Green, Meaning: "50–70% of at-risk ARR saved"},
		}},
	{ID: "forecast-accuracy", Title: "Forecast accuracy (30 days out)", Metric: ForecastAccuracy, Facet: Overall, Min: 0.6, Max: 1.1,
		Source: Source{articleRenewal, "Forecast accuracy"},
		Bands: []Band{
			{Name: "Off", From: -inf, Verdict: Red, Meaning: "below even the 80–90% expected early in the quarter"},
			{Name: "Early-quarter accuracy", From: 0.80, Verdict: Yellow, Meaning: "80–90% is fair early in the quarter, short 30 days out"},
			{Name: "On target", From: 0.90, Verdict: Green, Meaning: "90–95% thirty days before quarter end"},
		}},
	{ID: "forecast-accuracy-best", Title: "Forecast accuracy, best in class", Metric: ForecastAccuracy, Facet: BestInClass, Min: 0.6, Max: 1.1,
		Source: Source{articleRenewal, "Best in class"}, Bands: atLeast(0.90, "Best in class", "Below best in class", Yellow)},
	{ID: "renewal-coverage", Title: "Renewal pipeline coverage", Metric: RenewalCoverage, Facet: Overall, Min: 0.5, Max: 2.5,
		Source: Source{articleRenewal, "Renewal pipeline coverage"},
		Bands: []Band{
			{Name: "Behind", From: -inf, Verdict: Red, Meaning: "under 100%: you are already behind"},
			{Name: "Thin", From: 1.00, Verdict: Yellow, Meaning: "at 100% things slip and you miss; aim for 150–200%"},
			{Name: "Covered", From: 1.50, Verdict: Green, Meaning: "150–200%: enough to forecast accurately"},
		}},
	{ID: "average-discount", Title: "Average renewal discount", Metric: AverageDiscount, Facet: Overall, Min: 0, Max: 0.3,
		Source: Source{articleRenewal, "Average discount"},
		Bands: []Band{
			{Name: "Normal", From: -inf, Verdict: Green, Meaning: "5–10% is normal"},
			{Name: "High", From: 0.10, FromExclusive: true, Verdict: Yellow, Meaning: "above the normal 5–10%"},
			{Name: "A pricing or value problem", From: 0.15, FromExclusive: true, Verdict: Red, Meaning: "above 15% points to pricing or value problems"},
		}},
	{ID: "escalation-rate", Title: "Escalation rate", Metric: EscalationRate, Facet: Overall, Min: 0, Max: 0.4,
		Source: Source{articleRenewal, "Escalation rate"},
		Bands: []Band{
			{Name: "Healthy", From: -inf, Verdict: Green, Meaning: "under 15% of renewals need escalation"},
			{Name: "Too many escalations", From: 0.15, Verdict: Red, Meaning: "15% or more of renewals need escalation"},
		}},
	{ID: "early-renewal-rate", Title: "Early renewal rate", Metric: EarlyRenewalRate, Facet: Overall, Min: 0, Max: 0.5,
		Source: Source{articleRenewal, "Early renewal metrics"},
		Bands: []Band{
			{Name: "Below healthy", From: -inf, Verdict: Yellow, Meaning: "healthy programs see 15–25% of renewals early"},
			{Name: "Healthy", From: 0.15, Verdict: Green, Meaning: "15–25%: a healthy early renewal program"},
			{Name: "Best in class", From: 0.25, Verdict: Green, Meaning: "25% and above"},
		}},
	{ID: "multi-year-rate", Title: "Multi-year renewal rate", Metric: MultiYearRate, Facet: Overall, Min: 0, Max: 0.5,
		Source: Source{articleRenewal, "Multi-year renewal rate"}, Bands: atLeast(0.20, "Strong", "Below strong", Yellow)},
	{ID: "expansion-at-renewal", Title: "Expansion at renewal", Metric: ExpansionAtRenewal, Facet: Overall, Min: 0, Max: 0.7,
		Source: Source{articleRenewal, "Expansion at renewal"}, Bands: atLeast(0.30, "Strong", "Below strong", Yellow)},
	{ID: "health-score", Title: "Health score at T-90", Metric: HealthScore, Facet: Overall, Min: 0, Max: 1,
		Source: Source{articleRenewal, "Predictive metrics"},
		Bands: []Band{
			{Name: "Renews about 40% of the time", From: -inf, Verdict: Red, Meaning: "customers under 50 renewed at about 40%"},
			{Name: "Renews about 70% of the time", From: 0.50, Verdict: Yellow, Meaning: "customers at 50–75 renewed at about 70%"},
			{Name: "Renews about 95% of the time", From: 0.75, Verdict: Green, Meaning: "customers at 75 and above renewed at about 95%"},
		}},

	// Expansion operations
	{ID: "expansion-coverage", Title: "Expansion pipeline coverage", Metric: ExpansionCoverage, Facet: Overall, Min: 0, Max: 5,
		Source: Source{articleExpansion, "Expansion pipeline"},
		Bands: []Band{
			{Name: "Alert", From: -inf, Verdict: Red, Meaning: "under 2.5×: generate more opportunities now"},
			{Name: "Below target", From: 2.5, Verdict: Yellow, Meaning: "short of the 3–4× target"},
			{Name: "On target", From: 3, Verdict: Green, Meaning: "3–4× the quarter's expansion target"},
		}},
	{ID: "attach-rate", Title: "Attach rate", Metric: AttachRate, Facet: Overall, Min: 0, Max: 0.8,
		Source: Source{articleExpansion, "Cross-sell attach rate"},
		Bands: []Band{
			{Name: "Weak", From: -inf, Verdict: Red, Meaning: "under 10%: the products may not complement each other"},
			{Name: "Moderate", From: 0.10, Verdict: Yellow, Meaning: "between weak and strong"},
			{Name: "Strong", From: 0.40, Verdict: Green, Meaning: "40% or more"},
		}},
	{ID: "expansion-cac", Title: "Expansion CAC", Metric: ExpansionCAC, Facet: Overall, Min: 0, Max: 1.6,
		Source: Source{articleExpansion, "Cost to expand"},
		Bands: []Band{
			{Name: "Efficient", From: -inf, Verdict: Green, Meaning: "$0.20–0.35 per dollar of expansion ARR"},
			{Name: "Costly", From: 0.35, FromExclusive: true, Verdict: Yellow, Meaning: "dearer than typical expansion, still cheaper than new logos"},
			{Name: "No cheaper than a new logo", From: 1.00, Verdict: Red, Meaning: "new logos cost $1.00–1.50 per dollar; expansion should cost less"},
		}},
	{ID: "expansion-roi", Title: "Expansion ROI", Metric: ExpansionROI, Facet: Overall, Min: 0, Max: 8,
		Source: Source{articleExpansion, "Expansion ROI"},
		Bands: []Band{
			{Name: "Low", From: -inf, Verdict: Yellow, Meaning: "under 300%: the wrong opportunities, or too costly a process"},
			{Name: "On target", From: 3, Verdict: Green, Meaning: "300–500%"},
			{Name: "Very high", From: 5, FromExclusive: true, Verdict: Yellow, Meaning: "well above 500% may mean under-investing in expansion"},
		}},
	{ID: "upsell-conversion", Title: "Upsell conversion", Metric: UpsellConversion, Facet: Overall, Min: 0, Max: 0.5,
		Source: Source{articleExpansion, "Expansion conversion rates"}, Bands: atLeast(0.20, "Typical or better", "Below typical", Yellow)},
	{ID: "cross-sell-conversion", Title: "Cross-sell conversion", Metric: CrossSellConversion, Facet: Overall, Min: 0, Max: 0.4,
		Source: Source{articleExpansion, "Expansion conversion rates"}, Bands: atLeast(0.10, "Typical or better", "Below typical", Yellow)},
	{ID: "usage-conversion", Title: "Usage expansion conversion", Metric: UsageConversion, Facet: Overall, Min: 0, Max: 0.7,
		Source: Source{articleExpansion, "Expansion conversion rates"}, Bands: atLeast(0.30, "Typical or better", "Below typical", Yellow)},
	{ID: "readiness-score", Title: "Expansion readiness score", Metric: ReadinessScore, Facet: Overall, Min: 0, Max: 1,
		Source: Source{articleExpansion, "Expansion readiness score"},
		Bands: []Band{
			{Name: "Fix adoption first", From: -inf, Verdict: Red, Meaning: "under 40: work on adoption before any expansion talk"},
			{Name: "Nurture", From: 0.40, Verdict: Yellow, Meaning: "40–70: build value before reaching out"},
			{Name: "Reach out", From: 0.70, FromExclusive: true, Verdict: Green, Meaning: "above 70: ready for an expansion conversation"},
		}},
}
