-- NRR Lab: monthly MRR movements, one row per month, from subscription periods (written for BigQuery).
-- Run it in your warehouse and paste the result into NRR Lab: amounts are exact, in whole currency units with two decimals.
-- A month's MRR is the MRR on its last day: a period counts in a month when it is active on that day.
-- End dates are exclusive: a period ending on 2024-03-01 is active through 2024-02-29.
-- A period with no end date is still running, through the last month.
-- Rows without a customer or a start date, and rows whose end date is on or before their start date, are left out.
-- A period's amount is divided by its interval in months (quarter 3, year 12, N months N, a week 12/52, times the interval count), after the quantity multiplies it.
-- A period whose interval is not a day, week, month, quarter, half year, year or a number of months counts nothing.
-- A period whose trial ends after its start starts paying at the trial end.
-- Amounts are rounded to the cent half away from zero; a customer whose month adds up to less than zero counts as paying nothing.
-- The months run from the month of the earliest date to the month of the latest date in the data.
-- A customer who paid before, stopped and pays again counts as a reactivation.
-- The first month is the starting base: its customers are not new, and it has no movements.
-- NRR Lab caps GRR per customer at its starting MRR.
WITH
nrr_rows AS (
  SELECT
    TRIM(CAST(`Customer ID` AS STRING)) AS customer,
    CAST(`Start (UTC)` AS DATE) AS start_day,
    CAST(`Ended At (UTC)` AS DATE) AS end_day,
    LOWER(TRIM(CAST(`Interval` AS STRING))) AS interval_text,
    CAST(`Trial End (UTC)` AS DATE) AS trial_end,
    COALESCE(CAST(ROUND(CAST(`Amount` AS NUMERIC) * 100) AS INT64), 0) AS amount
  FROM `stripe`.`subscriptions`
),
nrr_readable AS (
  SELECT *
  FROM nrr_rows
  WHERE customer <> '' AND start_day IS NOT NULL AND (end_day IS NULL OR end_day > start_day)
),
nrr_bounds AS (
  SELECT MIN((EXTRACT(YEAR FROM start_day) * 12 + EXTRACT(MONTH FROM start_day) - 1)) AS first_month, MAX((EXTRACT(YEAR FROM COALESCE(end_day, start_day)) * 12 + EXTRACT(MONTH FROM COALESCE(end_day, start_day)) - 1)) AS last_month
  FROM nrr_readable
),
nrr_counted AS (
  SELECT *,
    CASE WHEN trial_end > start_day THEN trial_end ELSE start_day END AS paid_from,
    end_day AS paid_until
  FROM nrr_readable
),
nrr_priced AS (
  SELECT customer, paid_from, paid_until,
    amount AS units,
    CASE WHEN interval_text IS NULL OR interval_text = '' THEN 1 WHEN interval_text LIKE '%semi%' OR interval_text LIKE '%half%' OR interval_text LIKE '%setengah%' OR interval_text LIKE '%semester%' OR interval_text LIKE '%enam bulan%' THEN 6 WHEN interval_text LIKE '%week%' OR interval_text LIKE '%minggu%' OR interval_text LIKE '%wk%' THEN 12 WHEN interval_text LIKE '%day%' OR interval_text LIKE '%daily%' OR interval_text LIKE '%hari%' THEN 12 WHEN interval_text LIKE '%quarter%' OR interval_text LIKE '%qtr%' OR interval_text LIKE '%triwulan%' OR interval_text LIKE '%kuartal%' OR interval_text LIKE '%suku%' THEN 3 WHEN interval_text LIKE '%year%' OR interval_text LIKE '%annual%' OR interval_text LIKE '%tahun%' OR interval_text LIKE '%yr%' THEN 12 WHEN interval_text LIKE '%month%' OR interval_text LIKE '%bulan%' OR interval_text LIKE '%mo%' OR interval_text LIKE '%mth%' THEN 1 WHEN interval_text = REGEXP_EXTRACT(interval_text, r'[0-9]+') THEN 1 END * COALESCE(CAST(REGEXP_EXTRACT(interval_text, r'[0-9]+') AS INT64), 1) AS interval_num,
    CASE WHEN interval_text LIKE '%semi%' OR interval_text LIKE '%half%' OR interval_text LIKE '%setengah%' OR interval_text LIKE '%semester%' OR interval_text LIKE '%enam bulan%' THEN 1 WHEN interval_text LIKE '%week%' OR interval_text LIKE '%minggu%' OR interval_text LIKE '%wk%' THEN 52 WHEN interval_text LIKE '%day%' OR interval_text LIKE '%daily%' OR interval_text LIKE '%hari%' THEN 365 ELSE 1 END AS interval_den
  FROM nrr_counted
),
nrr_periods AS (
  SELECT
    customer,
    (EXTRACT(YEAR FROM paid_from) * 12 + EXTRACT(MONTH FROM paid_from) - 1) AS first_month,
    (EXTRACT(YEAR FROM paid_until) * 12 + EXTRACT(MONTH FROM paid_until) - 1) AS end_month,
    CASE WHEN interval_num > 0 THEN CASE WHEN units * interval_den < 0 THEN -DIV(interval_num - 2 * units * interval_den, 2 * interval_num) ELSE DIV(2 * units * interval_den + interval_num, 2 * interval_num) END ELSE 0 END AS mrr
  FROM nrr_priced
),
nrr_changes AS (
  SELECT p.customer, p.first_month AS month_no, p.mrr AS mrr_change
  FROM nrr_periods AS p CROSS JOIN nrr_bounds AS b
  WHERE p.mrr <> 0 AND p.first_month <= b.last_month AND (p.end_month IS NULL OR p.end_month > p.first_month)
  UNION ALL
  SELECT p.customer, p.end_month AS month_no, -p.mrr AS mrr_change
  FROM nrr_periods AS p CROSS JOIN nrr_bounds AS b
  WHERE p.mrr <> 0 AND p.end_month <= b.last_month AND p.end_month > p.first_month
),
nrr_levels AS (
  SELECT customer, month_no,
    GREATEST(SUM(mrr_change) OVER (PARTITION BY customer ORDER BY month_no RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), 0) AS mrr
  FROM nrr_changes
),
nrr_steps AS (
  SELECT customer, month_no, mrr,
    COALESCE(LAG(mrr) OVER (PARTITION BY customer ORDER BY month_no), 0) AS mrr_before,
    COALESCE(MAX(mrr) OVER (PARTITION BY customer ORDER BY month_no ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS paid_earlier
  FROM nrr_levels
),
nrr_moves AS (
  SELECT s.month_no,
    SUM(s.mrr - s.mrr_before) AS net,
    SUM(CASE WHEN s.mrr > 0 AND s.mrr_before = 0 THEN 1 WHEN s.mrr = 0 AND s.mrr_before > 0 THEN -1 ELSE 0 END) AS paying_change,
    SUM(CASE WHEN s.month_no > b.first_month AND s.mrr > 0 AND s.mrr_before = 0 AND s.paid_earlier = 0 THEN s.mrr ELSE 0 END) AS new_mrr,
    SUM(CASE WHEN s.month_no > b.first_month AND s.mrr_before > 0 AND s.mrr > s.mrr_before THEN s.mrr - s.mrr_before ELSE 0 END) AS expansion_mrr,
    SUM(CASE WHEN s.month_no > b.first_month AND s.mrr > 0 AND s.mrr < s.mrr_before THEN s.mrr_before - s.mrr ELSE 0 END) AS contraction_mrr,
    SUM(CASE WHEN s.month_no > b.first_month AND s.mrr = 0 AND s.mrr_before > 0 THEN s.mrr_before ELSE 0 END) AS churned_mrr,
    SUM(CASE WHEN s.month_no > b.first_month AND s.mrr > 0 AND s.mrr_before = 0 AND s.paid_earlier > 0 THEN s.mrr ELSE 0 END) AS reactivation_mrr
  FROM nrr_steps AS s CROSS JOIN nrr_bounds AS b
  GROUP BY s.month_no
),
nrr_months AS (
  SELECT nrr_series_month AS month_no
  FROM nrr_bounds AS b CROSS JOIN UNNEST(GENERATE_ARRAY(b.first_month, b.last_month)) AS nrr_series_month
),
nrr_totals AS (
  SELECT m.month_no,
    COALESCE(v.new_mrr, 0) AS new_mrr,
    COALESCE(v.expansion_mrr, 0) AS expansion_mrr,
    COALESCE(v.contraction_mrr, 0) AS contraction_mrr,
    COALESCE(v.churned_mrr, 0) AS churned_mrr,
    COALESCE(v.reactivation_mrr, 0) AS reactivation_mrr,
    SUM(COALESCE(v.net, 0)) OVER (ORDER BY m.month_no ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ending_mrr,
    SUM(COALESCE(v.paying_change, 0)) OVER (ORDER BY m.month_no ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS paying_customers
  FROM nrr_months AS m LEFT JOIN nrr_moves AS v ON v.month_no = m.month_no
)
SELECT
  DATE(DIV(t.month_no, 12), MOD(t.month_no, 12) + 1, 1) AS month,
  ROUND(CAST(t.ending_mrr - t.new_mrr - t.expansion_mrr - t.reactivation_mrr + t.contraction_mrr + t.churned_mrr AS NUMERIC) / 100, 2) AS starting_mrr,
  ROUND(CAST(t.new_mrr AS NUMERIC) / 100, 2) AS new_mrr,
  ROUND(CAST(t.expansion_mrr AS NUMERIC) / 100, 2) AS expansion_mrr,
  ROUND(CAST(t.contraction_mrr AS NUMERIC) / 100, 2) AS contraction_mrr,
  ROUND(CAST(t.churned_mrr AS NUMERIC) / 100, 2) AS churned_mrr,
  ROUND(CAST(t.reactivation_mrr AS NUMERIC) / 100, 2) AS reactivation_mrr,
  ROUND(CAST(t.ending_mrr AS NUMERIC) / 100, 2) AS ending_mrr,
  CAST(t.paying_customers AS INT64) AS paying_customers
FROM nrr_totals AS t
ORDER BY t.month_no
